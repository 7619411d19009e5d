package messages

// cs is the Czech catalog (formal address: vykání).
var cs = map[string]string{
	partProviderWith:           "se systémem %[1]s",
	partProviderWithNeutral:    "se systémem poskytovatele plateb",
	partProviderAt:             "v systému %[1]s",
	partProviderAtNeutral:      "u poskytovatele plateb",
	partProviderAccount:        "ve vašem účtu %[1]s",
	partProviderAccountNeutral: "ve vašem účtu u poskytovatele plateb",
	partWhereHere:              "zde",
	partWhereURL:               "na adrese %[1]s",
	partValueEmpty:             "(nevyplněno)",
	partListAnd:                "%[1]s a %[2]s",

	"field.first_name": "jméno",
	"field.last_name":  "příjmení",
	"field.dob":        "datum narození",
	"field.email":      "e-mailová adresa",

	"detail.first_name": "Jméno %[1]s: %[2]s. Jméno evidované u nás: %[3]s.",
	"detail.last_name":  "Příjmení %[1]s: %[2]s. Příjmení evidované u nás: %[3]s.",
	"detail.dob":        "Datum narození %[1]s: %[2]s. Datum narození evidované u nás: %[3]s.",
	"detail.email":      "E-mailová adresa %[1]s: %[2]s. E-mailová adresa evidovaná u nás: %[3]s.",

	string(KeyFirstName): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s " +
		"se neshodovalo jméno. Jméno se musí v obou systémech shodovat. %[2]s " +
		"Změňte prosím své jméno %[3]s a platbu zopakujte.",
	string(KeyLastName): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s " +
		"se neshodovalo příjmení. Příjmení se musí v obou systémech shodovat. %[2]s " +
		"Změňte prosím své příjmení %[3]s a platbu zopakujte.",
	string(KeyDOB): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s " +
		"se neshodovalo datum narození. Datum narození se musí v obou systémech shodovat. %[2]s " +
		"Změňte prosím své datum narození %[3]s a platbu zopakujte.",
	string(KeyDOBDayMonthSwapped): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s " +
		"se neshodovalo datum narození: zdá se, že den a měsíc jsou zaměněné. " +
		"Datum narození se musí v obou systémech shodovat. %[2]s " +
		"Zkontrolujte prosím pořadí dne a měsíce, změňte své datum narození %[3]s a platbu zopakujte.",
	string(KeyDOBInvalidDate): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s nebylo možné datum narození " +
		"ověřit, protože datum narození evidované u nás není platné datum. Datum narození se musí v obou " +
		"systémech shodovat. %[2]s Zadejte prosím platné datum narození %[3]s a platbu zopakujte.",
	string(KeyEmail): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s " +
		"se neshodovala e-mailová adresa. E-mailová adresa se musí v obou systémech shodovat. %[2]s " +
		"Změňte prosím svou e-mailovou adresu %[3]s a platbu zopakujte.",
	string(KeyMultiple): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s " +
		"se neshodovaly tyto údaje: %[2]s. Tyto údaje se musí v obou systémech shodovat. %[3]s " +
		"Změňte prosím tyto údaje %[4]s a platbu zopakujte.",
	string(KeyProviderValue): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s nebylo možné porovnat tyto " +
		"údaje: %[2]s. Některá hodnota %[4]s chybí nebo není platná. %[3]s Zkontrolujte prosím své údaje " +
		"%[4]s a platbu zopakujte.",
	string(KeyCheckBoth): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s se neshodovaly tyto údaje: " +
		"%[2]s. Tyto údaje se musí v obou systémech shodovat a alespoň jedna hodnota chybí nebo není " +
		"platná. %[3]s Zkontrolujte prosím své údaje %[4]s i %[5]s a platbu zopakujte.",
	string(KeyGeneric): "Vaše transakce byla zamítnuta. Důvod: při porovnání údajů %[1]s " +
		"se vaše údaje neshodovaly. Vaše údaje se musí v obou systémech shodovat. " +
		"Zkontrolujte prosím své údaje %[2]s a platbu zopakujte.",
	string(KeyReview): "Než bude možné vaši platbu dokončit, musíme ověřit vaše údaje. " +
		"Brzy se vám ozveme. V případě dotazů se prosím obraťte na náš zákaznický servis.",
}
