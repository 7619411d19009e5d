package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schemaKeywords are the JSON Schema keywords the document may use: the ones validate understands (and
// annotations). A keyword outside this set fails the test, so the document cannot say something the
// test silently ignores.
var schemaKeywords = map[string]bool{
	"type": true, "properties": true, "required": true, "additionalProperties": true, "enum": true,
	"items": true, "$ref": true, "minimum": true, "maximum": true, "pattern": true, "description": true,
}

// validator checks JSON values against the document's schemas.
type validator struct {
	schemas map[string]any
}

// resolve follows a $ref.
func (v *validator) resolve(s map[string]any) map[string]any {
	for {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		name, found := strings.CutPrefix(ref, "#/components/schemas/")
		if !found {
			panic("unsupported $ref " + ref)
		}
		s = v.schemas[name].(map[string]any)
	}
}

// validate returns the problems of value x against schema s, at path.
func (v *validator) validate(s map[string]any, x any, path string) []string {
	s = v.resolve(s)
	var errs []string
	for k := range s {
		if !schemaKeywords[k] {
			errs = append(errs, fmt.Sprintf("%s: schema keyword %q not understood by the test", path, k))
		}
	}
	if t, ok := s["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, e := range t {
				types = append(types, e.(string))
			}
		}
		if !slices.Contains(types, jsonType(x)) && !(jsonType(x) == "integer" && slices.Contains(types, "number")) {
			return append(errs, fmt.Sprintf("%s: %s, want %v", path, jsonType(x), types))
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, x) {
		errs = append(errs, fmt.Sprintf("%s: %v not in the enum", path, x))
	}
	if p, ok := s["pattern"].(string); ok {
		if str, ok := x.(string); ok && !regexp.MustCompile(p).MatchString(str) {
			errs = append(errs, fmt.Sprintf("%s: does not match %s", path, p))
		}
	}
	if n, ok := x.(float64); ok {
		if min, ok := s["minimum"].(float64); ok && n < min {
			errs = append(errs, fmt.Sprintf("%s: %v below %v", path, n, min))
		}
		if max, ok := s["maximum"].(float64); ok && n > max {
			errs = append(errs, fmt.Sprintf("%s: %v above %v", path, n, max))
		}
	}
	switch x := x.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		required, _ := s["required"].([]any)
		for _, r := range required {
			if _, ok := x[r.(string)]; !ok {
				errs = append(errs, fmt.Sprintf("%s: required %q missing", path, r))
			}
		}
		for k, val := range x {
			ps, ok := props[k].(map[string]any)
			if !ok {
				if ap, ok := s["additionalProperties"].(bool); ok && !ap {
					errs = append(errs, fmt.Sprintf("%s: member %q not in the schema", path, k))
				}
				continue
			}
			errs = append(errs, v.validate(ps, val, path+"."+k)...)
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				errs = append(errs, v.validate(items, e, path+"["+strconv.Itoa(i)+"]")...)
			}
		}
	}
	return errs
}

func jsonType(x any) string {
	switch x := x.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}

// document returns the served OpenAPI document, decoded.
func document(t *testing.T, s *Server) map[string]any {
	t.Helper()
	w := do(s, http.MethodGet, "/openapi.json", "", "Authorization", "Bearer "+s.cfg.Token)
	require.Equal(t, http.StatusOK, w.Code)
	doc := decodeBody(t, w.Body.Bytes())
	require.Equal(t, "3.1.0", doc["openapi"])
	return doc
}

// TestOpenAPIRoutes: the document's paths and methods are exactly the server's routes.
func TestOpenAPIRoutes(t *testing.T) {
	s, _ := testServer(t, Config{})
	doc := document(t, s)
	var documented, served []string
	for path, ops := range doc["paths"].(map[string]any) {
		for method := range ops.(map[string]any) {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	for name, rt := range s.routes {
		served = append(served, rt.method+" "+name)
	}
	sort.Strings(documented)
	sort.Strings(served)
	assert.Equal(t, served, documented)
	// Only /healthz is exempt from the bearer token, in the document as in the server.
	for path, ops := range doc["paths"].(map[string]any) {
		for _, op := range ops.(map[string]any) {
			sec, overridden := op.(map[string]any)["security"]
			open := overridden && len(sec.([]any)) == 0
			assert.Equal(t, !s.routes[path].auth, open, "%s: security", path)
		}
	}
}

// TestOpenAPIRequestSchemas: the request schemas have exactly the Go types' keys and, like the
// decoder, refuse other keys.
func TestOpenAPIRequestSchemas(t *testing.T) {
	s, _ := testServer(t, Config{})
	schemas := document(t, s)["components"].(map[string]any)["schemas"].(map[string]any)
	for name, typ := range map[string]reflect.Type{
		"Record":         reflect.TypeFor[Record](),
		"CompareRequest": reflect.TypeFor[CompareRequest](),
		"BatchLine":      reflect.TypeFor[BatchLine](),
	} {
		t.Run(name, func(t *testing.T) {
			sch := schemas[name].(map[string]any)
			assert.Equal(t, false, sch["additionalProperties"])
			var keys []string
			for k := range sch["properties"].(map[string]any) {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			assert.Equal(t, jsonKeys(typ), keys)
		})
	}
}

// jsonKeys lists the JSON keys encoding/json uses for a struct type, embedded structs flattened.
func jsonKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			keys = append(keys, jsonKeys(f.Type)...)
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		keys = append(keys, name)
	}
	sort.Strings(keys)
	return keys
}

// TestOpenAPIEnums: the enumerations come from match and from this package.
func TestOpenAPIEnums(t *testing.T) {
	s, _ := testServer(t, Config{})
	schemas := document(t, s)["components"].(map[string]any)["schemas"].(map[string]any)
	enum := func(path ...string) []string {
		var m any = schemas
		for _, p := range path {
			m = m.(map[string]any)[p]
		}
		var out []string
		for _, e := range m.(map[string]any)["enum"].([]any) {
			out = append(out, e.(string))
		}
		return out
	}
	assert.Equal(t, []string{"first_name", "last_name", "dob", "email"}, enum("FieldName"))
	assert.Equal(t, []string{"match", "mismatch", "missing", "unusable", "partial"}, enum("FieldResult", "properties", "status"))
	reasons := enum("FieldResult", "properties", "reasons", "items")
	for _, r := range reasons {
		var x match.FieldResult
		in := `{"field":"first_name","status":"match","reasons":["` + r + `"]}`
		if assert.NoError(t, json.Unmarshal([]byte(in), &x), r) {
			assert.Equal(t, r, string(x.AppendReasons(nil, ";")), "the name reads back and writes the same")
		}
	}
	assert.Contains(t, reasons, "day-month-swapped")
	assert.Contains(t, reasons, "transliterated")
	assert.Contains(t, reasons, "transliterated:icao")
	assert.Equal(t, []string{"invisible-removed", "mixed-script", "placeholder-dob"}, enum("FieldResult", "properties", "flags", "items"))
	codes := enum("Error", "properties", "code")
	assert.Len(t, codes, len(allCodes))
	for _, c := range allCodes {
		assert.Contains(t, codes, string(c))
		assert.NotZero(t, c.Status())
	}
}

// TestOpenAPIAnswers sends a request of every kind the server answers and checks the status is
// documented for its operation and the body matches the documented schema; a request body must also
// match the request schema exactly when the server accepts it.
func TestOpenAPIAnswers(t *testing.T) {
	s, _ := testServer(t, Config{Token: testToken, MaxBodyBytes: 2048})
	doc := document(t, s)
	v := &validator{schemas: doc["components"].(map[string]any)["schemas"].(map[string]any)}
	responses := doc["components"].(map[string]any)["responses"].(map[string]any)
	auth := "Bearer " + testToken
	for _, tc := range []struct {
		name, method, path, body, ctype, auth string
	}{
		{"approve", "POST", "/v1/compare", bodyApprove, "application/json", auth},
		{"decline", "POST", "/v1/compare", bodyDecline, "application/json", auth},
		{"review", "POST", "/v1/compare", bodyReview, "application/json", auth},
		{"payloads", "POST", "/v1/compare", `{"merchant_sync":{"status":0,"first_name":"Max","last_name":"Lee"},"provider_payment":{"customer":{"first_name":"Max","last_name":"Lee"}},"lang":"de","provider_name":"paysafecard","change_url":"https://shop.example/account"}`, "application/json", auth},
		{"invalid json", "POST", "/v1/compare", `{`, "application/json", auth},
		{"unknown field", "POST", "/v1/compare", `{"merchant":{},"provider":{},"x":1}`, "application/json", auth},
		{"wrong type", "POST", "/v1/compare", `{"merchant":{"dob":19880723},"provider":{}}`, "application/json", auth},
		{"too large", "POST", "/v1/compare", `{"merchant":{"first_name":"` + strings.Repeat("x", 3000) + `"}}`, "application/json", auth},
		{"media type", "POST", "/v1/compare", bodyApprove, "text/plain", auth},
		{"no token", "POST", "/v1/compare", bodyApprove, "application/json", ""},
		{"method", "GET", "/v1/compare", "", "", auth},
		{"batch", "POST", "/v1/batch", lineApprove + "\n" + lineDecline + "\n" + lineReview + "\n{\n", "application/x-ndjson", auth},
		{"batch no token", "POST", "/v1/batch", lineApprove, "application/x-ndjson", ""},
		{"batch method", "GET", "/v1/batch", "", "", auth},
		{"healthz", "GET", "/healthz", "", "", ""},
		{"healthz method", "POST", "/healthz", "", "", ""},
		{"readyz", "GET", "/readyz", "", "", auth},
		{"readyz no token", "GET", "/readyz", "", "", ""},
		{"metrics", "GET", "/metrics", "", "", auth},
		{"openapi", "GET", "/openapi.json", "", "", auth},
		{"not found", "GET", "/v2/compare", "", "", auth},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := do(s, tc.method, tc.path, tc.body, "Content-Type", tc.ctype, "Authorization", tc.auth)
			if tc.name == "method" || strings.HasSuffix(tc.name, " method") || tc.name == "not found" {
				// Not an operation: the document's info describes these answers as ErrorResponse.
				var x any
				require.NoError(t, json.Unmarshal(w.Body.Bytes(), &x))
				assert.Contains(t, []int{404, 405}, w.Code)
				assert.Empty(t, v.validate(v.schemas["ErrorResponse"].(map[string]any), x, "answer"))
				return
			}
			op := doc["paths"].(map[string]any)[tc.path].(map[string]any)[strings.ToLower(tc.method)]
			require.NotNil(t, op, "%s %s is not documented", tc.method, tc.path)
			resp, ok := op.(map[string]any)["responses"].(map[string]any)[strconv.Itoa(w.Code)].(map[string]any)
			require.True(t, ok, "status %d of %s %s is not documented", w.Code, tc.method, tc.path)
			if ref, ok := resp["$ref"].(string); ok {
				resp = responses[strings.TrimPrefix(ref, "#/components/responses/")].(map[string]any)
			}
			headers, _ := resp["headers"].(map[string]any)
			for h := range headers {
				if h != "X-Request-Id" {
					assert.NotEmpty(t, w.Header().Get(h), "documented header %s", h)
				}
			}
			content := resp["content"].(map[string]any)
			ctype, _, _ := strings.Cut(w.Header().Get("Content-Type"), ";")
			media, ok := content[ctype].(map[string]any)
			require.True(t, ok, "content type %q is not documented for %d", ctype, w.Code)
			schema := media["schema"].(map[string]any)
			var bodies []string
			switch ctype {
			case "application/json":
				bodies = []string{w.Body.String()}
			case "application/x-ndjson":
				bodies = strings.Split(strings.TrimSuffix(w.Body.String(), "\n"), "\n")
			default:
				return // text: Prometheus exposition, checked in TestMetrics
			}
			for _, b := range bodies {
				var x any
				require.NoError(t, json.Unmarshal([]byte(b), &x))
				assert.Empty(t, v.validate(schema, x, "answer"), "%s", b)
			}
			if tc.method == "POST" && tc.ctype == "application/json" && (w.Code == 200 || w.Code == 400) {
				var x any
				if json.Unmarshal([]byte(tc.body), &x) == nil {
					reqSchema := op.(map[string]any)["requestBody"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
					errs := v.validate(reqSchema, x, "request")
					if w.Code == 200 {
						assert.Empty(t, errs, "an accepted request matches the request schema")
					} else {
						assert.NotEmpty(t, errs, "a refused request does not match the request schema")
					}
				}
			}
		})
	}
}

// TestOpenAPITransliteration: with a Matcher that transliterates, the reasons carry the scheme, in
// /v1/compare and /v1/batch answers alike, and the answers match the documented schema.
func TestOpenAPITransliteration(t *testing.T) {
	m, err := match.New(match.Options{Transliterate: true})
	require.NoError(t, err)
	s, _ := testServer(t, Config{Matcher: m})
	doc := document(t, s)
	v := &validator{schemas: doc["components"].(map[string]any)["schemas"].(map[string]any)}
	req := `{"merchant":{"first_name":"Дмитрий","last_name":"Иванов"},"provider":{"first_name":"Dmitry","last_name":"Ivanov"}}`
	w := do(s, http.MethodPost, "/v1/compare", req)
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Contains(t, w.Body.String(), `"reasons":["transliterated:`)
	var x any
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &x))
	schema := doc["paths"].(map[string]any)["/v1/compare"].(map[string]any)["post"].(map[string]any)["responses"].(map[string]any)["200"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
	assert.Empty(t, v.validate(schema, x, "answer"))

	line := `{"id":"a<1>",` + req[1:]
	w = do(s, http.MethodPost, "/v1/batch", line+"\n", "Content-Type", "application/x-ndjson")
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	var compare, batch map[string]any
	require.NoError(t, json.Unmarshal(do(s, http.MethodPost, "/v1/compare", req).Body.Bytes(), &compare))
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &batch))
	assert.Equal(t, "a<1>", batch["id"])
	assert.Equal(t, float64(1), batch["line"])
	delete(batch, "id")
	delete(batch, "line")
	assert.Equal(t, compare, batch, "a batch line answers what /v1/compare answers, with its id and line")
}

// TestOpenAPIForeignHost: every operation documents the 421 a token-less server gives a foreign Host,
// and the answer matches the documented schema.
func TestOpenAPIForeignHost(t *testing.T) {
	s, _ := testServer(t, Config{})
	doc := document(t, s)
	v := &validator{schemas: doc["components"].(map[string]any)["schemas"].(map[string]any)}
	responses := doc["components"].(map[string]any)["responses"].(map[string]any)
	for path, ops := range doc["paths"].(map[string]any) {
		for method, op := range ops.(map[string]any) {
			t.Run(strings.ToUpper(method)+" "+path, func(t *testing.T) {
				w := do(s, strings.ToUpper(method), path, bodyApprove, "Host", "attacker.example")
				require.Equal(t, http.StatusMisdirectedRequest, w.Code)
				resp, ok := op.(map[string]any)["responses"].(map[string]any)["421"].(map[string]any)
				require.True(t, ok, "421 is not documented")
				resp = responses[strings.TrimPrefix(resp["$ref"].(string), "#/components/responses/")].(map[string]any)
				schema := resp["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
				var x any
				require.NoError(t, json.Unmarshal(w.Body.Bytes(), &x))
				assert.Empty(t, v.validate(schema, x, "answer"))
			})
		}
	}
}
