package messages

// ptPT is the European Portuguese catalog (pt-PT, also served to the other CLDR locales whose parent is
// pt-PT: Angola, Mozambique, …), with formal address ("o seu/a sua", third-person imperatives) and
// Portugal's words where Brazil's differ: "nome próprio" and "apelido" (not "sobrenome"), "registo" (not
// "cadastro"), "prestador de serviços de pagamento" (not "provedor"), "contacto", "tem de".
var ptPT = map[string]string{
	partProviderWith:           "com a %[1]s",
	partProviderWithNeutral:    "com o prestador de serviços de pagamento",
	partProviderAt:             "na %[1]s",
	partProviderAtNeutral:      "no prestador de serviços de pagamento",
	partProviderAccount:        "na sua conta %[1]s",
	partProviderAccountNeutral: "na sua conta do prestador de serviços de pagamento",
	partWhereHere:              "aqui",
	partWhereURL:               "em %[1]s",
	partValueEmpty:             "(em branco)",
	partListAnd:                "%[1]s e %[2]s",

	"field.first_name": "nome próprio",
	"field.last_name":  "apelido",
	"field.dob":        "data de nascimento",
	"field.email":      "endereço de e-mail",

	"detail.first_name": "Nome próprio %[1]s: %[2]s. Nome próprio no nosso registo: %[3]s.",
	"detail.last_name":  "Apelido %[1]s: %[2]s. Apelido no nosso registo: %[3]s.",
	"detail.dob":        "Data de nascimento %[1]s: %[2]s. Data de nascimento no nosso registo: %[3]s.",
	"detail.email":      "Endereço de e-mail %[1]s: %[2]s. Endereço de e-mail no nosso registo: %[3]s.",

	string(KeyFirstName): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, o nome " +
		"próprio não correspondia. O nome próprio tem de ser igual nos dois sistemas. %[2]s Por favor, " +
		"altere o seu nome próprio %[3]s e volte a tentar o pagamento.",
	string(KeyLastName): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, o apelido " +
		"não correspondia. O apelido tem de ser igual nos dois sistemas. %[2]s Por favor, altere o seu " +
		"apelido %[3]s e volte a tentar o pagamento.",
	string(KeyDOB): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, a data de " +
		"nascimento não correspondia. A data de nascimento tem de ser igual nos dois sistemas. %[2]s Por " +
		"favor, altere a sua data de nascimento %[3]s e volte a tentar o pagamento.",
	string(KeyDOBDayMonthSwapped): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, a data de " +
		"nascimento não correspondia: o dia e o mês parecem estar trocados. A data de nascimento tem de " +
		"ser igual nos dois sistemas. %[2]s Por favor, verifique se o dia e o mês não foram trocados, " +
		"altere a sua data de nascimento %[3]s e volte a tentar o pagamento.",
	string(KeyDOBInvalidDate): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, não foi " +
		"possível verificar a data de nascimento, porque a data no nosso registo não é uma data válida. " +
		"A data de nascimento tem de ser igual nos dois sistemas. %[2]s Por favor, indique uma data de " +
		"nascimento válida %[3]s e volte a tentar o pagamento.",
	string(KeyEmail): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, o endereço " +
		"de e-mail não correspondia. O endereço de e-mail tem de ser igual nos dois sistemas. %[2]s Por " +
		"favor, altere o seu endereço de e-mail %[3]s e volte a tentar o pagamento.",
	string(KeyMultiple): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, os seguintes " +
		"dados não correspondiam: %[2]s. Estes dados têm de ser iguais nos dois sistemas. %[3]s Por " +
		"favor, altere estes dados %[4]s e volte a tentar o pagamento.",
	string(KeyProviderValue): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, não foi " +
		"possível comparar os seguintes dados: %[2]s. Um dado registado %[4]s está em falta ou não é " +
		"válido. %[3]s Por favor, verifique os seus dados %[4]s e volte a tentar o pagamento.",
	string(KeyCheckBoth): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, os seguintes " +
		"dados não correspondiam: %[2]s. Estes dados têm de ser iguais nos dois sistemas, e pelo menos " +
		"um deles está em falta ou não é válido. %[3]s Por favor, verifique os seus dados %[4]s e %[5]s " +
		"e volte a tentar o pagamento.",
	string(KeyGeneric): "A sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, os seus " +
		"dados não correspondiam. Os seus dados têm de ser iguais nos dois sistemas. Por favor, " +
		"verifique os seus dados %[2]s e volte a tentar o pagamento.",
	string(KeyReview): "Temos de verificar os seus dados antes de concluir o pagamento. Entraremos em contacto consigo " +
		"brevemente. Em caso de dúvida, contacte o nosso apoio ao cliente.",
}
