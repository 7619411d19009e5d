// Package messages renders the text a customer sees when a payment is declined or held for review
// because their details do not match the payment provider's, in the customer's language.
//
// The provider requires that a declined customer learns which field did not match, sees both values and
// knows how to fix it. [Render] turns a [match.Verdict] into that text (and gives a review verdict its
// neutral text; [Decline] is its former, deprecated name):
//
//	v := matcher.Compare(merchant, provider)
//	msg := messages.Render(v, messages.Negotiate(r.Header.Get("Accept-Language")),
//		messages.Options{ProviderName: "paysafecard", ChangeURL: "https://shop.example/account"})
//	// msg.Key: "decline.first_name"; msg.Text: "Your transaction got declined. …"
//
// # Messages
//
// Each message has a stable [Key]; log the key and [Message.Fields], never the text, which contains the
// customer's values:
//
//   - decline.first_name, decline.last_name, decline.dob, decline.email: one field failed (email only
//     when the caller made it deciding). The text names the field, says it must match in both systems,
//     shows the value at the provider and the value to compare (the merchant's), and asks the customer to
//     change it and retry.
//   - decline.dob.day_month_swapped: the dates of birth differ only by day and month being exchanged; the
//     text also asks the customer to check the order of day and month.
//   - decline.dob.invalid_date: the shop's date of birth is not a valid date (1988-02-30 is complete but
//     does not exist) while the provider's is; the text asks for a valid date of birth at the shop.
//   - decline.multiple: several fields failed; one text lists them ("first name, last name and date of
//     birth") and shows both values of each, in field order.
//   - decline.provider_value: the provider's value is the problem: its date of birth is not a valid date
//     while the shop's is, or its value is empty. The customer is never asked to change the shop's valid
//     value at the shop: the text points to their account at the provider ("in your paysafecard
//     account").
//   - decline.check_both: some failing fields are the shop's to fix and some the provider's, or a date of
//     birth is invalid and the verdict does not say on which side (neither side's date could be read as
//     one date); the text asks the customer to check their details at the shop and at the provider.
//   - decline.generic: a Decline verdict that names no failing field (only a hand-built verdict does);
//     no field and no value is shown.
//   - review: the verdict is Review. A neutral text without values or blame: the details need checking,
//     the merchant will be in touch, the customer may contact support.
//
// An Approve verdict gives an empty [Message].
//
// Which side of an invalid date is the invalid one is read from the verdict: Compare parses a valid side
// to FieldResult.MerchantDate or ProviderDate and leaves an invalid side's date zero.
//
// The English single-field texts are the provider's own ("Your transaction got declined. The reason is
// that during the data comparison with paysafecard, the first name was not matching. …"), with its
// missing space after "systems." and its "data or birth" corrected. The provider's name is a parameter
// ([Options.ProviderName]); when it is empty each language uses a neutral phrase ("the payment
// provider"). With [Options.ChangeURL] set, "here" becomes the address: "Please change your first name
// at https://shop.example/account and retry the payment." (German "unter …", French "à l'adresse …").
//
// # Values
//
// Values are shown raw — as the merchant and the provider hold them, not normalized — so that the
// customer recognizes them. Control characters, invisible characters (the default-ignorable code points
// normalize and dob ignore too: bidi controls such as U+202E, zero-width space/joiner/non-joiner, word
// joiner, soft hyphen, BOM, variation selectors, Hangul fillers), every other format character (general
// category Cf: the interlinear annotation characters U+FFF9–FFFB, the prepended concatenation marks such
// as U+0600 and U+06DD) and invalid UTF-8 are removed; whitespace is collapsed to single spaces and trimmed; a value is
// cut to 100 characters with "…"; a value with nothing left is shown as a neutral phrase that agrees with
// every field ("(empty)", "(keine Angabe)", "(sin datos)", "(brak danych)"). A date of birth that was
// parsed to a full date is shown as YYYY-MM-DD whatever its original format, or, with
// [Options.DateStyle] set to [DateLong], with the month's name in the customer's language in CLDR's long
// date pattern ("5. April 1988", "5 avril 1988", "April 5, 1988", "1988. április 5."), from the same CLDR
// data the dob package parses (so every such date reads back with dob.Parse); a partial or invalid one is
// shown cleaned, as written. Values are always passed as arguments to the catalog's format strings,
// never as format text: a name such as "%d" or "${x}" appears literally.
//
// # Languages
//
// [Supported] lists the languages with a complete catalog: English, German, French, Spanish, Italian,
// Dutch, Brazilian Portuguese ("pt", CLDR's default), European Portuguese ("pt-PT", also for Angola,
// Mozambique and the other locales CLDR derives from it), Polish, Czech, Hungarian, Romanian, Greek and
// Turkish, each in formal address (Sie, vous, usted, Lei, u, Państwo, vykání, Ön, dumneavoastră, εσείς,
// siz) with its own diacritics and typography (French no-break space before a colon, Romanian ș and ț
// with comma below). [Negotiate] picks one from a tag or an Accept-Language header with a
// [language.Matcher]: "de-AT" gives German, "pt-BR" Brazilian and "pt-PT" European Portuguese, an unknown
// language English. Render negotiates the tag it is given in the same way. Hungarian chooses the article
// before the provider's name from its first sound ("a paysafecard", "az Adyen"), never the form-letter
// "a(z)".
//
// # Reviewing the texts
//
// [Variants] lists every kind of message with a verdict that produces it, built by match.Compare from the
// provider's sample customer (Max / Maximillian, Mustermann / Must, 1988-01-01 / 1988-07-23), so that a
// merchant can render them all in every language for review and acceptance testing (custmatch messages).
// [HTML] renders one message as a customer sees it, as an HTML fragment; [WritePage] writes a page of
// them. The golden files under testdata/golden hold every variant in every language.
//
// # Catalog
//
// The texts live in a [catalog.Builder] built in code on first use (no message.DefaultCatalog, no
// message.SetString global state) and never changed afterwards. Each language defines every key; a test
// parses every entry and checks that it has the English entry's placeholders. Texts are assembled from
// parts of the same language (the "with <provider>" phrase, the two values of a field, the "here" or
// "at <URL>" phrase), each a whole phrase so that every language keeps its own word order and grammar.
//
// # Concurrency
//
// All functions are safe for concurrent use by multiple goroutines. The catalog is read-only after it is
// built; each Render call uses its own message.Printer (a Printer is not safe for concurrent use and is
// never shared). Options and Message are plain values.
package messages
