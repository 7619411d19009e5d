package serve

import (
	"encoding/json"
	"net/http"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
	"github.com/custmatch/custmatch/payload"
)

// Record is one side of a comparison as the API takes it: the customer as the merchant's CRM or the
// payment provider knows them, un-normalized. A missing or null key is an empty value (status missing).
// Record, CompareRequest and BatchLine are plain values, decoded once per request and not shared.
type Record struct {
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
	DOB       string `json:"dob"`
	Email     string `json:"email"`
}

// record converts r to a match.Record.
func (r *Record) record() match.Record {
	return match.Record{FirstName: r.FirstName, LastName: r.LastName, DOB: r.DOB, Email: r.Email}
}

// CompareRequest is the body of POST /v1/compare. Each side is given exactly once: the merchant as a
// Record or as a Customer Sync response (MerchantSync), the provider as a Record or as the provider's
// payment or capture response (ProviderPayment); package payload reads the two documents, as
// custmatch compare --merchant/--provider does. Lang, ProviderName and ChangeURL shape the customer
// message; an empty Lang falls back to the Accept-Language header, then to Config.Lang.
type CompareRequest struct {
	Merchant        *Record         `json:"merchant"`
	Provider        *Record         `json:"provider"`
	MerchantSync    json.RawMessage `json:"merchant_sync"`
	ProviderPayment json.RawMessage `json:"provider_payment"`
	Lang            string          `json:"lang"`
	ProviderName    string          `json:"provider_name"`
	ChangeURL       string          `json:"change_url"`
}

// BatchLine is one line of the body of POST /v1/batch: a CompareRequest with the caller's id (a JSON
// string or number, at most 128 bytes, echoed in the output line; optional).
type BatchLine struct {
	ID json.RawMessage `json:"id"`
	CompareRequest
}

// Action is what the shop does with the payment for a decision: "capture" for Approve, "cancel" for
// Decline, and "hold" for Review and for anything that is not a decision (never capture when unsure).
func Action(d match.Decision) string {
	switch d {
	case match.Approve:
		return "capture"
	case match.Decline:
		return "cancel"
	}
	// Review, and anything that is not a decision: never capture when unsure.
	return "hold"
}

// result is one evaluated comparison.
type result struct {
	v   match.Verdict
	msg messages.Message
}

// present reports whether a raw JSON value was given (absent and null are not).
func present(raw json.RawMessage) bool { return len(raw) > 0 && string(raw) != "null" }

// side resolves one side of the request: exactly one of rec and raw.
func (s *Server) side(rec *Record, raw json.RawMessage, recKey, rawKey string, load func([]byte) (match.Record, error)) (match.Record, *Error) {
	switch hasRaw := present(raw); {
	case rec != nil && hasRaw:
		return match.Record{}, reqErr(CodeConflictingRecord, rawKey, "give "+recKey+" or "+rawKey+", not both")
	case rec != nil:
		return rec.record(), nil
	case hasRaw:
		r, err := load(raw)
		if err != nil {
			return match.Record{}, payloadErr(rawKey, err)
		}
		return r, nil
	}
	return match.Record{}, reqErr(CodeMissingRecord, recKey, "give "+recKey+" or "+rawKey)
}

// evaluate compares the two sides of req and renders the message for a decline or review.
// acceptLanguage is the request's Accept-Language header, used when req.Lang is empty.
func (s *Server) evaluate(req *CompareRequest, acceptLanguage string) (result, *Error) {
	merchant, e := s.side(req.Merchant, req.MerchantSync, "merchant", "merchant_sync", payload.Merchant)
	if e != nil {
		return result{}, e
	}
	provider, e := s.side(req.Provider, req.ProviderPayment, "provider", "provider_payment", payload.Provider)
	if e != nil {
		return result{}, e
	}
	res := result{v: s.matcher.Compare(merchant, provider)}
	if res.v.Decision != match.Approve {
		lang := req.Lang
		if lang == "" {
			lang = acceptLanguage
		}
		if lang == "" {
			lang = s.cfg.Lang
		}
		o := s.cfg.Messages
		if req.ProviderName != "" {
			o.ProviderName = req.ProviderName
		}
		if req.ChangeURL != "" {
			o.ChangeURL = req.ChangeURL
		}
		res.msg = messages.Render(res.v, messages.Negotiate(lang), o)
	}
	return res, nil
}

// appendResult appends the answer object: the members in before (a batch line's id and line), the
// verdict's own members as match writes them for v.Redacted() (no raw values and no dates: the caller
// sent them, and the message shows them to the customer), "action", and for a decline or review
// "message", "message_key" and "lang".
func appendResult(buf []byte, res *result, before []match.JSONMember) []byte {
	var scratch [512]byte // the encoded values of the members after the verdict's
	sc := match.AppendJSONString(scratch[:0], Action(res.v.Decision))
	after := [4]match.JSONMember{{Name: "action", Value: sc}}
	n := 1
	if res.msg.Key != "" {
		for _, m := range [...]struct{ name, value string }{
			{"message", res.msg.Text}, {"message_key", string(res.msg.Key)}, {"lang", res.msg.Tag.String()},
		} {
			start := len(sc)
			sc = match.AppendJSONString(sc, m.value)
			after[n] = match.JSONMember{Name: m.name, Value: sc[start:]}
			n++
		}
	}
	v := res.v.Redacted()
	return v.AppendJSON(buf, before, after[:n])
}

// handleCompare serves POST /v1/compare.
func (s *Server) handleCompare(st *reqState, w http.ResponseWriter, r *http.Request) {
	if e := checkMediaType(r, "application/json"); e != nil {
		s.fail(st, w, e)
		return
	}
	body, e := s.readBody(w, r)
	if e != nil {
		s.fail(st, w, e)
		return
	}
	var req CompareRequest
	e = decodeStrict(body.b, &req, requestKeys)
	if e == nil {
		var res result
		if res, e = s.evaluate(&req, r.Header.Get("Accept-Language")); e == nil {
			s.metrics.decision(&res.v)
			st.decision = res.v.Decision.String()
			out := appendResult(body.out[:0], &res, nil)
			out = append(out, '\n')
			body.out = out
			writeJSON(w, http.StatusOK, out)
		}
	}
	s.putBody(body)
	if e != nil {
		s.fail(st, w, e)
	}
}
