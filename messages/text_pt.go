package messages

// pt is the Brazilian Portuguese catalog (pt-BR, CLDR's default for "pt": "cadastro", "sobrenome",
// "provedor"), with formal, impersonal address (imperatives in the third person, "seu/sua", no "tu").
// Customers in Portugal get ptPT. The provider is a company: "com a paysafecard", "na paysafecard".
var pt = map[string]string{
	partProviderWith:           "com a %[1]s",
	partProviderWithNeutral:    "com o provedor de pagamento",
	partProviderAt:             "na %[1]s",
	partProviderAtNeutral:      "no provedor de pagamento",
	partProviderAccount:        "na sua conta %[1]s",
	partProviderAccountNeutral: "na sua conta do provedor de pagamento",
	partWhereHere:              "aqui",
	partWhereURL:               "em %[1]s",
	partValueEmpty:             "(em branco)",
	partListAnd:                "%[1]s e %[2]s",

	"field.first_name": "nome",
	"field.last_name":  "sobrenome",
	"field.dob":        "data de nascimento",
	"field.email":      "endereço de e-mail",

	"detail.first_name": "Nome %[1]s: %[2]s. Nome em nosso cadastro: %[3]s.",
	"detail.last_name":  "Sobrenome %[1]s: %[2]s. Sobrenome em nosso cadastro: %[3]s.",
	"detail.dob":        "Data de nascimento %[1]s: %[2]s. Data de nascimento em nosso cadastro: %[3]s.",
	"detail.email":      "Endereço de e-mail %[1]s: %[2]s. Endereço de e-mail em nosso cadastro: %[3]s.",

	string(KeyFirstName): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, " +
		"o nome não correspondia. O nome deve ser igual nos dois sistemas. %[2]s " +
		"Por favor, altere seu nome %[3]s e tente realizar o pagamento novamente.",
	string(KeyLastName): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, " +
		"o sobrenome não correspondia. O sobrenome deve ser igual nos dois sistemas. %[2]s " +
		"Por favor, altere seu sobrenome %[3]s e tente realizar o pagamento novamente.",
	string(KeyDOB): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, " +
		"a data de nascimento não correspondia. A data de nascimento deve ser igual nos dois sistemas. %[2]s " +
		"Por favor, altere sua data de nascimento %[3]s e tente realizar o pagamento novamente.",
	string(KeyDOBDayMonthSwapped): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, a data de " +
		"nascimento não correspondia: o dia e o mês parecem estar invertidos. A data de nascimento deve " +
		"ser igual nos dois sistemas. %[2]s Por favor, verifique se o dia e o mês não foram invertidos, " +
		"altere sua data de nascimento %[3]s e tente realizar o pagamento novamente.",
	string(KeyDOBInvalidDate): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, não foi " +
		"possível verificar a data de nascimento, pois a data em nosso cadastro não é uma data válida. A " +
		"data de nascimento deve ser igual nos dois sistemas. %[2]s Por favor, informe uma data de " +
		"nascimento válida %[3]s e tente realizar o pagamento novamente.",
	string(KeyEmail): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, " +
		"o endereço de e-mail não correspondia. O endereço de e-mail deve ser igual nos dois sistemas. %[2]s " +
		"Por favor, altere seu endereço de e-mail %[3]s e tente realizar o pagamento novamente.",
	string(KeyMultiple): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, " +
		"os seguintes dados não correspondiam: %[2]s. Esses dados devem ser iguais nos dois sistemas. %[3]s " +
		"Por favor, altere esses dados %[4]s e tente realizar o pagamento novamente.",
	string(KeyProviderValue): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, não foi " +
		"possível comparar os seguintes dados: %[2]s. Um dado registrado %[4]s está ausente ou não é " +
		"válido. %[3]s Por favor, verifique seus dados %[4]s e tente realizar o pagamento novamente.",
	string(KeyCheckBoth): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, os seguintes " +
		"dados não correspondiam: %[2]s. Esses dados devem ser iguais nos dois sistemas, e pelo menos um " +
		"deles está ausente ou não é válido. %[3]s Por favor, verifique seus dados %[4]s e %[5]s e tente " +
		"realizar o pagamento novamente.",
	string(KeyGeneric): "Sua transação foi recusada. O motivo é que, durante a comparação de dados %[1]s, " +
		"seus dados não correspondiam. Seus dados devem ser iguais nos dois sistemas. " +
		"Por favor, verifique seus dados %[2]s e tente realizar o pagamento novamente.",
	string(KeyReview): "Precisamos verificar seus dados antes de concluir o pagamento. " +
		"Entraremos em contato em breve. Em caso de dúvidas, entre em contato com nosso atendimento ao cliente.",
}
