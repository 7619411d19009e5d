package serve_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/custmatch/custmatch/serve"
)

// A shop's backend posts both records and acts on "action"; on a decline it shows "message".
func Example() {
	s, err := serve.New(serve.Config{}) // the default policy; no token, so loopback only
	if err != nil {
		panic(err)
	}
	hs := httptest.NewServer(s) // in production: s.Serve(ctx, listener)
	defer hs.Close()

	body := `{"merchant":{"first_name":"Maximillian","last_name":"Mustermann","dob":"23.07.1988"},
	          "provider":{"first_name":"Max","last_name":"Mustermann","dob":"1988-07-23"},
	          "lang":"de","provider_name":"paysafecard"}`
	resp, err := http.Post(hs.URL+"/v1/compare", "application/json", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var answer struct {
		Decision, Action, Message string
		Failing                   []string
		MessageKey                string `json:"message_key"`
	}
	if err := json.Unmarshal(data, &answer); err != nil {
		panic(err)
	}
	fmt.Println(resp.StatusCode, answer.Decision, answer.Action, answer.Failing, answer.MessageKey)
	fmt.Println(answer.Message)
	// Output:
	// 200 decline cancel [first_name] decline.first_name
	// Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich mit paysafecard stimmte der Vorname nicht überein. Der Vorname muss in beiden Systemen übereinstimmen. Vorname bei paysafecard: Max. Bei uns hinterlegter Vorname: Maximillian. Bitte ändern Sie Ihren Vornamen hier und wiederholen Sie die Zahlung.
}

// A malformed request is refused with a typed code and never repeats its values.
func ExampleCode() {
	s, _ := serve.New(serve.Config{})
	hs := httptest.NewServer(s)
	defer hs.Close()
	resp, err := http.Post(hs.URL+"/v1/compare", "application/json",
		strings.NewReader(`{"merchant":{"first_name":"Jos\ufffd"},"provider":{}}`))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.StatusCode, strings.TrimSpace(string(data)))
	fmt.Println(serve.CodeReplacement.Status())
	// Output:
	// 400 {"error":{"code":"replacement-character","message":"replacement-character at byte 30: a \\ufffd escape stands for a character an encoder could not read","offset":30}}
	// 400
}
