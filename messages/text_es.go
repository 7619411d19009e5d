package messages

// es is the Spanish catalog (Spain; formal address: usted).
var es = map[string]string{
	partProviderWith:           "con %[1]s",
	partProviderWithNeutral:    "con el proveedor de pagos",
	partProviderAt:             "en %[1]s",
	partProviderAtNeutral:      "en el proveedor de pagos",
	partProviderAccount:        "en su cuenta de %[1]s",
	partProviderAccountNeutral: "en su cuenta del proveedor de pagos",
	partWhereHere:              "aquí",
	partWhereURL:               "en %[1]s",
	partValueEmpty:             "(sin datos)",
	partListAnd:                "%[1]s y %[2]s",

	"field.first_name": "nombre",
	"field.last_name":  "apellidos",
	"field.dob":        "fecha de nacimiento",
	"field.email":      "correo electrónico",

	"detail.first_name": "Nombre %[1]s: %[2]s. Nombre que tenemos registrado: %[3]s.",
	"detail.last_name":  "Apellidos %[1]s: %[2]s. Apellidos que tenemos registrados: %[3]s.",
	"detail.dob":        "Fecha de nacimiento %[1]s: %[2]s. Fecha de nacimiento que tenemos registrada: %[3]s.",
	"detail.email":      "Correo electrónico %[1]s: %[2]s. Correo electrónico que tenemos registrado: %[3]s.",

	string(KeyFirstName): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, " +
		"el nombre no coincidía. El nombre debe coincidir en ambos sistemas. %[2]s " +
		"Por favor, modifique su nombre %[3]s y vuelva a intentar el pago.",
	string(KeyLastName): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, " +
		"los apellidos no coincidían. Los apellidos deben coincidir en ambos sistemas. %[2]s " +
		"Por favor, modifique sus apellidos %[3]s y vuelva a intentar el pago.",
	string(KeyDOB): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, " +
		"la fecha de nacimiento no coincidía. La fecha de nacimiento debe coincidir en ambos sistemas. %[2]s " +
		"Por favor, modifique su fecha de nacimiento %[3]s y vuelva a intentar el pago.",
	string(KeyDOBDayMonthSwapped): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, la fecha de " +
		"nacimiento no coincidía: parece que el día y el mes están intercambiados. La fecha de " +
		"nacimiento debe coincidir en ambos sistemas. %[2]s Por favor, compruebe que no se hayan " +
		"intercambiado el día y el mes, modifique su fecha de nacimiento %[3]s y vuelva a intentar el " +
		"pago.",
	string(KeyDOBInvalidDate): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, no se ha podido " +
		"comprobar la fecha de nacimiento porque la que tenemos registrada no es una fecha válida. La " +
		"fecha de nacimiento debe coincidir en ambos sistemas. %[2]s Por favor, introduzca una fecha de " +
		"nacimiento válida %[3]s y vuelva a intentar el pago.",
	string(KeyEmail): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, " +
		"el correo electrónico no coincidía. El correo electrónico debe coincidir en ambos sistemas. %[2]s " +
		"Por favor, modifique su correo electrónico %[3]s y vuelva a intentar el pago.",
	string(KeyMultiple): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, " +
		"la siguiente información no coincidía: %[2]s. Esta información debe coincidir en ambos sistemas. %[3]s " +
		"Por favor, modifique esta información %[4]s y vuelva a intentar el pago.",
	string(KeyProviderValue): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, no se ha podido " +
		"comprobar la siguiente información: %[2]s. Un dato registrado %[4]s falta o no es válido. %[3]s " +
		"Por favor, revise sus datos %[4]s y vuelva a intentar el pago.",
	string(KeyCheckBoth): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, la siguiente " +
		"información no coincidía: %[2]s. Esta información debe coincidir en ambos sistemas, y al menos " +
		"uno de los datos falta o no es válido. %[3]s Por favor, revise sus datos %[4]s y %[5]s, y " +
		"vuelva a intentar el pago.",
	string(KeyGeneric): "Su transacción ha sido rechazada. El motivo es que, al cotejar los datos %[1]s, " +
		"se detectaron diferencias. Sus datos deben coincidir en ambos sistemas. " +
		"Por favor, revise sus datos %[2]s y vuelva a intentar el pago.",
	string(KeyReview): "Necesitamos revisar sus datos antes de poder completar su pago. " +
		"Nos pondremos en contacto con usted en breve. Si tiene alguna pregunta, " +
		"póngase en contacto con nuestro servicio de atención al cliente.",
}
