package messages

// en is the English catalog, the model for every other language and the fallback. The single-field texts
// reproduce the provider's own wording (paysafecard Customer Data Exchange, "Error message for the
// customer"), with its missing space after "systems." and its "data or birth" corrected.
var en = map[string]string{
	partProviderWith:           "with %[1]s",
	partProviderWithNeutral:    "with the payment provider",
	partProviderAt:             "at %[1]s",
	partProviderAtNeutral:      "at the payment provider",
	partProviderAccount:        "in your %[1]s account",
	partProviderAccountNeutral: "in your account with the payment provider",
	partWhereHere:              "here",
	partWhereURL:               "at %[1]s",
	partValueEmpty:             "(empty)",
	partListAnd:                "%[1]s and %[2]s",

	"field.first_name": "first name",
	"field.last_name":  "last name",
	"field.dob":        "date of birth",
	"field.email":      "email address",

	"detail.first_name": "First name %[1]s: %[2]s. First name to compare: %[3]s.",
	"detail.last_name":  "Last name %[1]s: %[2]s. Last name to compare: %[3]s.",
	"detail.dob":        "Date of birth %[1]s: %[2]s. Date of birth to compare: %[3]s.",
	"detail.email":      "Email address %[1]s: %[2]s. Email address to compare: %[3]s.",

	string(KeyFirstName): "Your transaction got declined. The reason is that during the data comparison %[1]s, " +
		"the first name was not matching. The first name must match in both systems. %[2]s " +
		"Please change your first name %[3]s and retry the payment.",
	string(KeyLastName): "Your transaction got declined. The reason is that during the data comparison %[1]s, " +
		"the last name was not matching. The last name must match in both systems. %[2]s " +
		"Please change your last name %[3]s and retry the payment.",
	string(KeyDOB): "Your transaction got declined. The reason is that during the data comparison %[1]s, " +
		"the date of birth was not matching. The date of birth must match in both systems. %[2]s " +
		"Please change your date of birth %[3]s and retry the payment.",
	string(KeyDOBDayMonthSwapped): "Your transaction got declined. The reason is that during the data comparison %[1]s, " +
		"the date of birth was not matching: the day and the month appear to be swapped. " +
		"The date of birth must match in both systems. %[2]s " +
		"Please check the order of day and month, change your date of birth %[3]s and retry the payment.",
	string(KeyDOBInvalidDate): "Your transaction got declined. The reason is that during the data comparison %[1]s, the date of " +
		"birth could not be compared because the date of birth we hold is not a valid date. The date of " +
		"birth must match in both systems. %[2]s Please enter a valid date of birth %[3]s and retry the " +
		"payment.",
	string(KeyEmail): "Your transaction got declined. The reason is that during the data comparison %[1]s, " +
		"the email address was not matching. The email address must match in both systems. %[2]s " +
		"Please change your email address %[3]s and retry the payment.",
	string(KeyMultiple): "Your transaction got declined. The reason is that during the data comparison %[1]s, " +
		"the following details were not matching: %[2]s. These details must match in both systems. %[3]s " +
		"Please change these details %[4]s and retry the payment.",
	string(KeyProviderValue): "Your transaction got declined. The reason is that during the data comparison %[1]s, the " +
		"following details could not be compared: %[2]s. A value stored %[4]s is missing or not valid. " +
		"%[3]s Please check your details %[4]s and retry the payment.",
	string(KeyCheckBoth): "Your transaction got declined. The reason is that during the data comparison %[1]s, the " +
		"following details were not matching: %[2]s. These details must match in both systems, and at " +
		"least one of the values is missing or not valid. %[3]s Please check your details %[4]s and " +
		"%[5]s, and retry the payment.",
	string(KeyGeneric): "Your transaction got declined. The reason is that during the data comparison %[1]s, " +
		"your details were not matching. Your details must match in both systems. " +
		"Please check your details %[2]s and retry the payment.",
	string(KeyReview): "We need to check your details before your payment can be completed. " +
		"We will be in touch with you shortly. If you have any questions, please contact our customer support.",
}
