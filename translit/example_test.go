package translit_test

import (
	"fmt"

	"github.com/custmatch/custmatch/translit"
)

func ExampleVariants_Of() {
	var v translit.Variants // reuse it: once grown, it does not allocate
	if v.Of("Юлія Тимошенко") == translit.OK {
		for i := 0; i < v.Len(); i++ {
			fmt.Println(v.Lang(i), v.Scheme(i), v.String(i))
		}
	}
	fmt.Println(v.Of("Max Müller"), v.Of("Ивaнов")) // Latin; a Latin a inside a Cyrillic word
	// Output:
	// uk national yuliia tymoshenko
	// uk en yulia tymoshenko
	// uk icao iuliia tymoshenko
	// uk bgn yuliya tymoshenko
	// uk iso9 ulia timosenko
	// uk de julija tymoschenko
	// not-applicable mixed-script
}

func ExampleAppendLatin() {
	for _, c := range []struct {
		name   string
		lang   translit.Lang
		scheme translit.Scheme
	}{
		{"Дмитрий", translit.Russian, translit.ICAO},
		{"Дмитрий", translit.Russian, translit.BGN},
		{"Дмитрий", translit.Russian, translit.German},
		{"Новак Ђоковић", translit.Serbian, translit.English},
		{"Γιώργος", translit.Greek, translit.ELOT},
		{"Γιώργος", translit.Greek, translit.Common},
	} {
		out, err := translit.AppendLatin(nil, c.name, c.lang, c.scheme)
		fmt.Println(string(out), err)
	}
	// Output:
	// dmitrii <nil>
	// dmitriy <nil>
	// dmitri <nil>
	// novak djokovic <nil>
	// giorgos <nil>
	// yiorgos <nil>
}
