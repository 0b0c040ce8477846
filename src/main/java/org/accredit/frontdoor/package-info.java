/**
 * The front door: server-rendered pages (Qute, {@code templates/pages/}) for people who do not call
 * the API. Each page calls the same service methods as the API, so no rule exists twice; pages only
 * translate a form into a request record and the result (or the field errors) into HTML. Wording in
 * six languages ({@link org.accredit.frontdoor.PageMessages}, {@code messages/page_<lang>.properties}),
 * chosen by {@code ?lang=} or {@code Accept-Language} ({@link org.accredit.organization.PageLanguage}).
 * No inline script or style: the CSS is a static file ({@code META-INF/resources/css/accredit.css}).
 */
package org.accredit.frontdoor;
