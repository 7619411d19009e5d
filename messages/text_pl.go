package messages

// pl is the Polish catalog (formal address: "Państwa" and impersonal "Prosimy …" forms).
var pl = map[string]string{
	partProviderWith:           "z systemem %[1]s",
	partProviderWithNeutral:    "z systemem dostawcy płatności",
	partProviderAt:             "w systemie %[1]s",
	partProviderAtNeutral:      "u dostawcy płatności",
	partProviderAccount:        "na Państwa koncie %[1]s",
	partProviderAccountNeutral: "na Państwa koncie u dostawcy płatności",
	partWhereHere:              "tutaj",
	partWhereURL:               "pod adresem %[1]s",
	partValueEmpty:             "(brak danych)",
	partListAnd:                "%[1]s i %[2]s",

	"field.first_name": "imię",
	"field.last_name":  "nazwisko",
	"field.dob":        "data urodzenia",
	"field.email":      "adres e-mail",

	"detail.first_name": "Imię %[1]s: %[2]s. Imię zapisane u nas: %[3]s.",
	"detail.last_name":  "Nazwisko %[1]s: %[2]s. Nazwisko zapisane u nas: %[3]s.",
	"detail.dob":        "Data urodzenia %[1]s: %[2]s. Data urodzenia zapisana u nas: %[3]s.",
	"detail.email":      "Adres e-mail %[1]s: %[2]s. Adres e-mail zapisany u nas: %[3]s.",

	string(KeyFirstName): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s " +
		"imię nie było zgodne. Imię musi być zgodne w obu systemach. %[2]s " +
		"Prosimy zmienić imię %[3]s i ponowić płatność.",
	string(KeyLastName): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s " +
		"nazwisko nie było zgodne. Nazwisko musi być zgodne w obu systemach. %[2]s " +
		"Prosimy zmienić nazwisko %[3]s i ponowić płatność.",
	string(KeyDOB): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s " +
		"data urodzenia nie była zgodna. Data urodzenia musi być zgodna w obu systemach. %[2]s " +
		"Prosimy zmienić datę urodzenia %[3]s i ponowić płatność.",
	string(KeyDOBDayMonthSwapped): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s " +
		"data urodzenia nie była zgodna: wygląda na to, że dzień i miesiąc zostały zamienione. " +
		"Data urodzenia musi być zgodna w obu systemach. %[2]s " +
		"Prosimy sprawdzić kolejność dnia i miesiąca, zmienić datę urodzenia %[3]s i ponowić płatność.",
	string(KeyDOBInvalidDate): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s nie udało się " +
		"sprawdzić daty urodzenia, ponieważ zapisana u nas data urodzenia nie jest prawidłową datą. Data " +
		"urodzenia musi być zgodna w obu systemach. %[2]s Prosimy podać prawidłową datę urodzenia %[3]s " +
		"i ponowić płatność.",
	string(KeyEmail): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s " +
		"adres e-mail nie był zgodny. Adres e-mail musi być zgodny w obu systemach. %[2]s " +
		"Prosimy zmienić adres e-mail %[3]s i ponowić płatność.",
	string(KeyMultiple): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s " +
		"następujące dane nie były zgodne: %[2]s. Te dane muszą być zgodne w obu systemach. %[3]s " +
		"Prosimy zmienić te dane %[4]s i ponowić płatność.",
	string(KeyProviderValue): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s nie udało się " +
		"porównać następujących danych: %[2]s. Jedna z wartości zapisanych %[4]s jest pusta lub " +
		"nieprawidłowa. %[3]s Prosimy sprawdzić dane %[4]s i ponowić płatność.",
	string(KeyCheckBoth): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s następujące dane " +
		"nie były zgodne: %[2]s. Te dane muszą być zgodne w obu systemach, a co najmniej jedna z " +
		"wartości jest pusta lub nieprawidłowa. %[3]s Prosimy sprawdzić dane %[4]s oraz %[5]s i ponowić " +
		"płatność.",
	string(KeyGeneric): "Państwa transakcja została odrzucona. Powód: podczas porównywania danych %[1]s " +
		"Państwa dane nie były zgodne. Dane muszą być zgodne w obu systemach. " +
		"Prosimy sprawdzić dane %[2]s i ponowić płatność.",
	string(KeyReview): "Zanim płatność zostanie zrealizowana, musimy zweryfikować Państwa dane. " +
		"Wkrótce się z Państwem skontaktujemy. W razie pytań prosimy o kontakt z naszym działem obsługi klienta.",
}
