package payload_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/custmatch/custmatch/payload"
)

func Example() {
	body := strings.NewReader(`{"status":0,"first_name":"Max","last_name":"Mustermann","dob":"1986-04-05"}`)
	data, err := payload.Read(body)
	if err != nil {
		panic(err)
	}
	merchant, err := payload.Merchant(data)
	fmt.Println(merchant.LastName, merchant.DOB, err)

	provider, err := payload.Provider([]byte(`{"object":"PAYMENT","customer":{"first_name":"Max",` + "\n\"last_name\":\"Jos\xe9\"}}"))
	var pe *payload.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Reason, pe.Line, pe.Col, errors.Is(err, payload.ErrInvalid), provider.FirstName == "")
	}
	// Output:
	// Mustermann 1986-04-05 <nil>
	// invalid-utf8 2 17 true true
}
