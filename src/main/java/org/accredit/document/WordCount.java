package org.accredit.document;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Words as a reader counts them, by ICU4J's word segmentation (Unicode UAX #29, with dictionaries
 * for Chinese, Japanese, Thai...): a segment is a word when ICU tags it as a number, a word of
 * letters, kana or ideographs; spaces and punctuation are not words. "e-mail" is two words, "don't"
 * one, "2,000" one; 网络犯罪公约 is segmented into its dictionary words.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text, Locale locale) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLocale(locale));
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        return count;
    }
}
