package normalize_test

import (
	"errors"
	"fmt"

	"github.com/custmatch/custmatch/normalize"
)

func ExampleName() {
	for _, s := range []string{"Dr. Zoë  Groß-Núñez", "Max Mußterman", "Johannes Bàuer", "O’Brien", "N/A"} {
		n, err := normalize.Name(s)
		fmt.Printf("%q %v\n", n, err)
	}
	// Output:
	// "zoe gross nunez" <nil>
	// "max mussterman" <nil>
	// "johannes bauer" <nil>
	// "obrien" <nil>
	// "" <nil>
}

func ExampleName_unusable() {
	_, err := normalize.Name("Max\x00Mustermann")
	var e *normalize.Error
	fmt.Println(errors.Is(err, normalize.ErrUnusable), errors.As(err, &e) && e.Reason == normalize.ReasonControlChar)
	fmt.Println(err)
	// Output:
	// true true
	// normalize: control-char at byte 3
}

func ExampleAppendName() {
	buf := make([]byte, 0, 64)
	buf, steps, err := normalize.AppendName(buf[:0], "Prof. Jürgen Müller")
	fmt.Println(string(buf), err)
	fmt.Println(steps)
	for s := range steps.All() {
		fmt.Print(s.Name(), " ")
	}
	fmt.Println()
	// Output:
	// jurgen muller <nil>
	// case,accents,umlaut-spelling,punctuation,title
	// case accents umlaut-spelling punctuation title
}

func ExampleAppendUmlautName() {
	b, steps, _ := normalize.AppendUmlautName(nil, "Jürgen Müller")
	fmt.Println(string(b), steps.Has(normalize.StepUmlaut))
	// Output:
	// juergen mueller true
}

func ExampleSteps_String() {
	_, steps, _ := normalize.AppendName(nil, "Мах Mаx") // Cyrillic а in the second token
	fmt.Println(steps, steps.Has(normalize.FlagMixedScript))
	// Output:
	// case,mixed-script true
}
