package org.accredit.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Words as ICU4J segments them, in each of the six languages; counts reasoned word by word. */
class WordCountTest {

    private static int count(String lang, String text) {
        return WordCount.of(text, Locale.forLanguageTag(lang));
    }

    @Test
    void english() {
        // The | Committee | met | in | New | York | on | 3 | May | 2024
        assertEquals(10, count("en", "The Committee met in New York on 3 May 2024."));
        // Don't | stop | e | mail | the | secretariat | please: a contraction is one word, a hyphen splits
        assertEquals(7, count("en", "Don't stop: e-mail the secretariat, please!"));
    }

    @Test
    void numbersAreOneWordEach() {
        // It | costs | 2,000 | dollars | or | 3.5 | percent
        assertEquals(7, count("en", "It costs 2,000 dollars, or 3.5 percent."));
        assertEquals(3, count("en", "1 22 333"));
    }

    @Test
    void punctuationAndSpaceAreNoWords() {
        assertEquals(0, count("en", "... --- !!! ??? « » — ;"));
        assertEquals(0, count("en", "   \n\t "));
        assertEquals(0, count("en", ""));
        assertEquals(0, count("en", null));
    }

    @Test
    void frenchElisionKeepsTheArticleWithItsWord() {
        // L'organisation | s'engage | à | lutter | contre | la | cybercriminalité
        assertEquals(7, count("fr", "L'organisation s'engage à lutter contre la cybercriminalité."));
        // the typographic apostrophe too: Aujourd’hui | l’ONU | l’a | dit
        assertEquals(4, count("fr", "Aujourd’hui, l’ONU l’a dit."));
    }

    @Test
    void arabic() {
        // تلتزم | المنظمة | بمكافحة | الجريمة | السيبرانية (the organization is committed to fighting cybercrime)
        assertEquals(5, count("ar", "تلتزم المنظمة بمكافحة الجريمة السيبرانية."));
    }

    @Test
    void russian() {
        // Организация | поддерживает | проект | конвенции
        assertEquals(4, count("ru", "Организация поддерживает проект конвенции."));
    }

    @Test
    void chineseIsSegmentedByDictionaryWithoutSpaces() {
        // 网络 | 犯罪 | 公约 (cybercrime convention)
        assertEquals(3, count("zh", "网络犯罪公约"));
        // 我们 | 支持 | 打击 | 网络 | 犯罪, and the full stop is no word
        assertEquals(5, count("zh", "我们支持打击网络犯罪。"));
        assertEquals(2000, count("zh", "网络".repeat(2000)));
        assertEquals(2001, count("zh", "网络".repeat(2001)));
    }

    @Test
    void spanish() {
        // La | sociedad | civil | participa | en | el | Comité
        assertEquals(7, count("es", "La sociedad civil participa en el Comité."));
    }
}
