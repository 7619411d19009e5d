package serve

import (
	"errors"

	"github.com/custmatch/custmatch/payload"
)

// payloadErr turns a package payload error into an invalid-payload *Error: the member (merchant_sync
// or provider_payment) and the key inside it, and the payload reason code; like payload's own errors it
// never quotes the document. A problem with a position in the document gets the member's key only:
// the document's line and column are not offsets into the request body.
func payloadErr(member string, err error) *Error {
	e := reqErr(CodeInvalidPayload, member, "not a usable "+member+" document")
	var pe *payload.Error
	if errors.As(err, &pe) {
		if k := safePath(pe.Key); k != "" {
			e.Field = member + "." + k
		}
		if r := safePath(string(pe.Reason)); r != "" {
			e.Detail += " (" + r + ")"
		}
	}
	return e
}
