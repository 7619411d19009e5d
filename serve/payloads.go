package serve

import (
	"github.com/custmatch/custmatch/match"
)

// Payloads reads the payment provider's own JSON documents into records, for the merchant_sync and
// provider_payment members of a request: MerchantSync a cashier Customer Sync response, ProviderPayment a
// provider payment or capture response. An error must not quote the document's values; the server
// answers invalid-payload for it and repeats only a reason code (see payloadErr). Implementations must
// be safe for concurrent use.
type Payloads interface {
	MerchantSync(data []byte) (match.Record, error)
	ProviderPayment(data []byte) (match.Record, error)
}

// reasoner is implemented by payload errors that carry a reason code.
type reasoner interface{ ReasonCode() string }

// payloadErr turns a Payloads error into an invalid-payload *Error. Only a reason code that looks like
// one (see safePath) is repeated; the error's text is not, since it is not this package's to vouch for.
func payloadErr(key string, err error) *Error {
	detail := "not a usable " + key + " document"
	if r, ok := err.(reasoner); ok {
		if code := safePath(r.ReasonCode()); code != "" {
			detail += " (" + code + ")"
		}
	}
	return reqErr(CodeInvalidPayload, key, detail)
}
