package serve

import (
	"encoding/json"
	"net/http"
	"strconv"

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

// appendResult appends the answer object's members after an opening brace has been written by the
// caller: the verdict's members without the raw values (see appendVerdict), "action", and for a
// decline or review "message", "message_key" and "lang". The raw values are not echoed: the caller
// sent them, and the message shows them to the customer.
func appendResult(buf []byte, res *result) []byte {
	buf = appendVerdict(buf, &res.v)
	buf = append(buf, `,"action":`...)
	buf = appendJSONString(buf, Action(res.v.Decision))
	if res.msg.Key != "" {
		buf = append(buf, `,"message":`...)
		buf = appendJSONString(buf, res.msg.Text)
		buf = append(buf, `,"message_key":`...)
		buf = appendJSONString(buf, string(res.msg.Key))
		buf = append(buf, `,"lang":`...)
		buf = appendJSONString(buf, res.msg.Tag.String())
	}
	return buf
}

// appendVerdict appends the members of v's JSON as match.Verdict.MarshalJSON writes them for
// v.Redacted(), without the two emptied raw values of each field: "decision", "policy", "failing" and
// "fields" with field, status, score (when scored, rounded to 4 decimals), reasons, flags and deciding.
// It writes what encoding/json would (TestAppendVerdict compares the two over the labeled corpus) at a
// fraction of the cost: no reflection, no re-compaction of nested MarshalJSON output.
func appendVerdict(buf []byte, v *match.Verdict) []byte {
	buf = append(buf, `"decision":`...)
	buf = appendJSONString(buf, v.Decision.String())
	buf = append(buf, `,"policy":`...)
	buf = appendJSONString(buf, v.Policy)
	buf = append(buf, `,"failing":[`...)
	for i, f := range v.Failing() {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = appendJSONString(buf, f.String())
	}
	buf = append(buf, `],"fields":[`...)
	for i := range v.Fields {
		r := &v.Fields[i]
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"field":`...)
		buf = appendJSONString(buf, r.Field.String())
		buf = append(buf, `,"status":`...)
		buf = appendJSONString(buf, r.Status.String())
		if r.Scored {
			var tmp [32]byte
			rounded, _ := strconv.ParseFloat(string(strconv.AppendFloat(tmp[:0], r.Score, 'f', 4, 64)), 64)
			buf = append(buf, `,"score":`...)
			buf = strconv.AppendFloat(buf, rounded, 'f', -1, 64)
		}
		buf = append(buf, `,"reasons":[`...)
		first := true
		for reason := range r.Reasons.All() {
			if !first {
				buf = append(buf, ',')
			}
			first = false
			buf = appendJSONString(buf, reason.String())
		}
		buf = append(buf, `],"flags":[`...)
		first = true
		for flag := range r.Flags.All() {
			if !first {
				buf = append(buf, ',')
			}
			first = false
			buf = appendJSONString(buf, flag.String())
		}
		buf = append(buf, `],"deciding":`...)
		buf = strconv.AppendBool(buf, r.Deciding)
		buf = append(buf, '}')
	}
	return append(buf, ']')
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
			out := append(body.out[:0], '{')
			out = appendResult(out, &res)
			out = append(out, "}\n"...)
			body.out = out
			writeJSON(w, http.StatusOK, out)
		}
	}
	s.putBody(body)
	if e != nil {
		s.fail(st, w, e)
	}
}
