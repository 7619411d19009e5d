package messages

// ro is the Romanian catalog (formal address: dumneavoastră; ș and ț with comma below).
var ro = map[string]string{
	partProviderWith:           "cu %[1]s",
	partProviderWithNeutral:    "cu furnizorul de plăți",
	partProviderAt:             "la %[1]s",
	partProviderAtNeutral:      "la furnizorul de plăți",
	partProviderAccount:        "în contul dumneavoastră %[1]s",
	partProviderAccountNeutral: "în contul dumneavoastră de la furnizorul de plăți",
	partWhereHere:              "aici",
	partWhereURL:               "la adresa %[1]s",
	partValueEmpty:             "(lipsă)",
	partListAnd:                "%[1]s și %[2]s",

	"field.first_name": "prenumele",
	"field.last_name":  "numele de familie",
	"field.dob":        "data nașterii",
	"field.email":      "adresa de e-mail",

	"detail.first_name": "Prenumele înregistrat %[1]s: %[2]s. Prenumele înregistrat la noi: %[3]s.",
	"detail.last_name":  "Numele de familie înregistrat %[1]s: %[2]s. Numele de familie înregistrat la noi: %[3]s.",
	"detail.dob":        "Data nașterii înregistrată %[1]s: %[2]s. Data nașterii înregistrată la noi: %[3]s.",
	"detail.email":      "Adresa de e-mail înregistrată %[1]s: %[2]s. Adresa de e-mail înregistrată la noi: %[3]s.",

	string(KeyFirstName): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"prenumele nu corespundea. Prenumele trebuie să fie identic în ambele sisteme. %[2]s " +
		"Vă rugăm să modificați prenumele %[3]s și să efectuați din nou plata.",
	string(KeyLastName): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"numele de familie nu corespundea. Numele de familie trebuie să fie identic în ambele sisteme. %[2]s " +
		"Vă rugăm să modificați numele de familie %[3]s și să efectuați din nou plata.",
	string(KeyDOB): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"data nașterii nu corespundea. Data nașterii trebuie să fie identică în ambele sisteme. %[2]s " +
		"Vă rugăm să modificați data nașterii %[3]s și să efectuați din nou plata.",
	string(KeyDOBDayMonthSwapped): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"data nașterii nu corespundea: se pare că ziua și luna au fost inversate. " +
		"Data nașterii trebuie să fie identică în ambele sisteme. %[2]s " +
		"Vă rugăm să verificați ordinea zilei și a lunii, să modificați data nașterii %[3]s " +
		"și să efectuați din nou plata.",
	string(KeyDOBInvalidDate): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, data " +
		"nașterii nu a putut fi verificată, deoarece data nașterii înregistrată la noi nu este o dată " +
		"validă. Data nașterii trebuie să fie identică în ambele sisteme. %[2]s Vă rugăm să introduceți " +
		"o dată de naștere validă %[3]s și să efectuați din nou plata.",
	string(KeyEmail): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"adresa de e-mail nu corespundea. Adresa de e-mail trebuie să fie identică în ambele sisteme. %[2]s " +
		"Vă rugăm să modificați adresa de e-mail %[3]s și să efectuați din nou plata.",
	string(KeyMultiple): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"următoarele date nu corespundeau: %[2]s. Aceste date trebuie să fie identice în ambele sisteme. %[3]s " +
		"Vă rugăm să modificați aceste date %[4]s și să efectuați din nou plata.",
	string(KeyProviderValue): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"următoarele date nu au putut fi comparate: %[2]s. O valoare înregistrată %[4]s lipsește sau nu " +
		"este validă. %[3]s Vă rugăm să verificați datele %[4]s și să efectuați din nou plata.",
	string(KeyCheckBoth): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"următoarele date nu corespundeau: %[2]s. Aceste date trebuie să fie identice în ambele sisteme, " +
		"iar cel puțin o valoare lipsește sau nu este validă. %[3]s Vă rugăm să verificați datele %[4]s " +
		"și %[5]s și să efectuați din nou plata.",
	string(KeyGeneric): "Tranzacția dumneavoastră a fost refuzată. Motivul este că, la compararea datelor %[1]s, " +
		"datele dumneavoastră nu corespundeau. Datele trebuie să fie identice în ambele sisteme. " +
		"Vă rugăm să verificați datele %[2]s și să efectuați din nou plata.",
	string(KeyReview): "Trebuie să verificăm datele dumneavoastră înainte de a putea finaliza plata. " +
		"Vă vom contacta în curând. Dacă aveți întrebări, vă rugăm să contactați serviciul nostru de relații cu clienții.",
}
