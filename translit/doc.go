// Package translit writes Cyrillic and Greek names in Latin letters, the ways they are actually spelled:
// on passports, in national registers and in the press. It serves the opt-in transliteration rule of
// package match (Options.Transliterate): a customer whose name is Дмитрий Иванов on one side
// may be Dmitrii Ivanov (a Russian passport since 2013), Dmitriy Ivanov (an older one), Dmitry Ivanov (an
// English newspaper) or Dmitri Iwanow (a German one) on the other.
//
// # Whole-name variants, one per scheme
//
// No single romanization is right, and one-letter differences between them sink short names under a
// 90% similarity rule, so a name is written out once per scheme: Variants.Of gives a small, bounded set of
// whole-name variants, each in one scheme from the first letter to the last, with equal results kept
// once. It never combines per-letter choices (that would multiply into thousands of spellings and let
// unrelated names meet). Each variant records its language and scheme, so a verdict can say which
// spelling matched.
//
// Variants are lower-case ASCII for the Cyrillic and Greek letters; Latin words, digits, spaces and
// punctuation are kept as written, so a variant is meant to be normalized like any Latin name afterwards
// (package normalize). Diacritics of the standards are dropped (ISO 9 ž, Serbian đ, ć): normalization
// removes them from the Latin side too, so Đoković and Dokovic are already one spelling there.
//
// # Languages and schemes
//
//   - Russian: icao (ICAO Doc 9303; Russian passports since 2013: Dmitrii, Iuliia), bgn (BGN/PCGN 1947:
//     Dmitriy, Yelena), en (simplified BGN/PCGN of English publications: Dmitry, Fyodor), en-i (English
//     press with -i: Yuri, Sergei, Dmitri), iso9 (ISO 9 without diacritics), de (Duden: Jelzin,
//     Gorbatschow, Dmitri, Alexej), fr (Poutine, Iouri, Evgueni).
//   - Ukrainian: national (Cabinet of Ministers resolution 55 of 2010, Ukrainian passports: Zelenskyi,
//     Yuliia, Zghurskyi), en (Zelensky, Yulia), icao, bgn (BGN/PCGN 1965: Zelenskyy, Yuliya), iso9,
//     de (Selenskyj).
//   - Belarusian: icao (Belarusian passports: Aliaksandr, Maryia), national (2007 romanization without
//     diacritics), bgn (1979), iso9.
//   - Bulgarian: national (Transliteration Act 2009: Hristo, Stoichkov, ъ as a, щ as sht), icao, bgn (the
//     older 1952 system: Khristo), iso9, de (Stoitschkow).
//   - Serbian: national (official Serbian Latin: Đoković, written dokovic after normalization), en (đ as
//     dj: Djokovic).
//   - Macedonian: national (BGN/PCGN 2013: Toše, ǵ and ḱ without their accents), icao (Gjorge, Toshe),
//     iso9.
//   - Greek: elot (ELOT 743 = ISO 843 transcription = ICAO, Greek passports: Giorgos, Christos,
//     Evangelos, Eleftherios), iso843 (transliteration: Euaggelos), common (Yiorgos, Yiannis, Lambros,
//     Dinos), phonetic (Yorgos, Yannis, Hristos, Kiriakos, Babis).
//
// The tables (tables.go, greek.go) cite their sources. The context rules the schemes define are applied:
// initial and post-vowel Е/Ё/Ю/Я/Є/Ї/Й forms (Yelena, Yenakiieve), -ий/-ый endings (Dmitriy, Dmitrii,
// Dmitry, Dmitri), ъ and ь, ё as o after ж ч ш щ (Gorbatschow), Ukrainian зг as zgh, Bulgarian final -ия
// as -ia, Belarusian vowels after л; in Greek αυ/ευ/ηυ as av/ev/iv before vowels and voiced consonants and
// af/ef/if before voiceless ones, ου as ou, γγ as ng, γκ, μπ and ντ at the start of a word and inside it,
// Χ as ch or h and Γι as Gi, Yi or Y by scheme.
//
// # Which language
//
// The letters decide: a language is a candidate when its alphabet has every Cyrillic letter of the name.
// і ї є ґ are only Ukrainian, ў only Belarusian, ђ ћ only Serbian, ѓ ќ ѕ only Macedonian, ј љ њ џ Serbian
// or Macedonian, ы э Russian or Belarusian; a name like Анна fits every alphabet and gets the variants of
// all of them (still one per scheme, deduplicated). A hard sign ъ inside a word with no ы or э is a hint
// of Bulgarian, which is then tried first. A name whose letters fit no single language (Ukrainian ї with
// Russian ы, pre-1918 letters) gets no variant.
//
// # What it never does
//
// It does not translate or guess names: Наталья is never Natasha, Γιώργος never George, Νίκος never
// Nikolaos, Александр never Alexander. A word mixing scripts (a Latin "a" inside a Cyrillic word, a
// classic look-alike trick) is never transliterated: Of reports MixedScript and gives no variant. A name
// with both Cyrillic and Greek letters, or with letters of another script, gets no variant. Text with no
// Cyrillic or Greek letter is left as it is.
//
// # Limits
//
// ISO 9 without its diacritics writes ш, щ and с as s, ж and з as z, ч and ц as c, so Шаров meets Sarov
// as well as Šarov: the same merge the Latin side's accent stripping already makes (Šarov = Sarov). A
// Russian Е and Э, or Ё and Е, share a Latin letter in several schemes (Ефимов and Эфимов are both
// Efimov in ICAO 9303), as they do on passports. Short names still fall under the similarity threshold
// of package match: a one-letter difference between two spellings (Evgeny, Evgenii) is not a match.
//
// # Performance and concurrency
//
// AppendLatin is safe for concurrent use. A Variants holds buffers and is not: reuse one per goroutine (or
// take them from a sync.Pool); once its buffers have grown, Of does not allocate. A name is written once
// per scheme of each candidate language, about 20 short passes for a Russian name (microseconds).
package translit
