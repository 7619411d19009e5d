// Package payload reads the JSON documents a payment backend holds about one customer into a
// [match.Record]: the cashier's Customer Sync response (the merchant's side) and a provider's payment or
// capture response (the provider's side). The custmatch CLI (compare --merchant/--provider) and an HTTP
// service use the same code, so both accept and refuse the same documents.
//
//	data, err := payload.Read(r.Body)     // at most MaxBytes
//	if err != nil { … }
//	merchant, err := payload.Merchant(data)
//
// # What is accepted
//
// [Merchant] reads {"status":0,"first_name":…,"last_name":…,"dob":…,"email":…}; a missing status counts as
// 0, any other status (customer not found, an error) is not a customer record. [Provider] reads the
// customer object of a payment or capture response: {"customer":{"first_name":…,"last_name":…,
// "date_of_birth":…,"email":…},…}. Other members are ignored. A missing or null value is an empty field;
// at least one of the two names must be present, so that a document of the other kind is refused rather
// than read as an empty record.
//
// # What is refused
//
// Broken JSON is never repaired: every problem is an [*Error] wrapping [ErrInvalid], with a [Reason] code,
// the line and column (in bytes, 1-based) where the problem has a position, and the JSON key where it
// lies in one value. Errors never quote the document, which holds personal data.
//
// The document must be UTF-8 (RFC 8259 §8.1). encoding/json silently turns invalid bytes and escapes of
// lone surrogates (\ud800) into U+FFFD, so "Jos\xe9" and "Jos\xe1" would both read as "Jos\ufffd" and
// compare as equal. Instead the raw bytes are validated before decoding (reason invalid-utf8, at the first
// invalid byte), and a name, date of birth or email that decodes to a text holding U+FFFD — from an
// escape (\ufffd, a lone surrogate) or a literal replacement character, the trace of text damaged before
// it reached us — is refused with the same reason and the key of the value. invalid-utf8 is the reason the
// matcher gives a value with invalid bytes passed on directly (the compare flags).
//
// A member that is read and appears twice in its object (also in another letter case, which
// encoding/json would match as well) is refused (reason duplicate-key): encoding/json takes the last one,
// other parsers the first, so a gateway checking the document could see another customer than the
// matcher does.
//
// [Read] reads at most [MaxBytes] (1 MiB; a Customer Sync or payment response is a few KiB): a larger
// input is refused (reason too-large, [ErrTooLarge]) after reading MaxBytes+1 bytes, so an endless input
// such as /dev/zero costs 1 MiB, not all memory.
//
// # Concurrency
//
// The functions keep no state and are safe for concurrent use; an [*Error] is immutable once returned.
package payload
