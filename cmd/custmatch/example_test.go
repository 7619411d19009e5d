package main_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	custmatch "github.com/custmatch/custmatch/cmd/custmatch"
)

// A batch over a two-row export: CSV on stdout, the summary on stderr (discarded here).
func Example_batch() {
	in := strings.NewReader("id,merchant_first_name,merchant_last_name,merchant_dob,provider_first_name,provider_last_name,provider_dob\n" +
		"c1,Jürgen,Müller,28.09.1990,Juergen,Mueller,1990-09-28\n" +
		"c2,Maximillian,Mustermann,,Max,Mustermann,\n")
	custmatch.Run([]string{"batch", "--now", "2026-01-01", "--progress", "never"}, in, os.Stdout, io.Discard)
	// Output:
	// id,decision,failing,first_name_status,first_name_score,first_name_reasons,last_name_status,last_name_score,last_name_reasons,dob_status,dob_score,dob_reasons,email_status,email_score,email_reasons
	// c1,approve,,match,1.0000,umlaut-spelling,match,1.0000,umlaut-spelling,match,,reformatted,missing,,empty
	// c2,decline,first_name,mismatch,0.2727,different;prefix,match,1.0000,exact,missing,,empty,missing,,empty
}

// One comparison from flags; the exit code (3) says decline.
func Example_compare() {
	code := custmatch.Run([]string{"compare", "--merchant-first", "Max", "--merchant-last", "Must",
		"--provider-first", "Max", "--provider-last", "Mustermann"}, nil, os.Stdout, os.Stdout)
	fmt.Println("exit", code)
	// Output:
	// decline (policy custmatch-policy/2): last_name
	//   first_name  match     1.00  exact
	//       merchant "Max", provider "Max"
	//   last_name   mismatch  0.40  different,prefix
	//       merchant "Must", provider "Mustermann"
	//   dob         missing         empty
	//       merchant "", provider ""
	//   email       missing         empty (informational)
	//       merchant "", provider ""
	// exit 3
}
