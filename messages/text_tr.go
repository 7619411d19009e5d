package messages

// tr is the Turkish catalog (formal address: siz). The "at <provider>" phrase precedes the field name, as
// Turkish word order requires ("paysafecard kayıtlarındaki ad: …").
var tr = map[string]string{
	partProviderWith:        "%[1]s ile",
	partProviderWithNeutral: "ödeme sağlayıcısı ile",
	partProviderAt:          "%[1]s kayıtlarındaki",
	partProviderAtNeutral:   "Ödeme sağlayıcısının kayıtlarındaki",
	partWhereHere:           "buradan",
	partWhereURL:            "%[1]s adresinden",
	partValueEmpty:          "(boş)",
	partListAnd:             "%[1]s ve %[2]s",

	"field.first_name": "ad",
	"field.last_name":  "soyad",
	"field.dob":        "doğum tarihi",
	"field.email":      "e-posta adresi",

	"detail.first_name": "%[1]s ad: %[2]s. Bizde kayıtlı ad: %[3]s.",
	"detail.last_name":  "%[1]s soyad: %[2]s. Bizde kayıtlı soyad: %[3]s.",
	"detail.dob":        "%[1]s doğum tarihi: %[2]s. Bizde kayıtlı doğum tarihi: %[3]s.",
	"detail.email":      "%[1]s e-posta adresi: %[2]s. Bizde kayıtlı e-posta adresi: %[3]s.",

	string(KeyFirstName): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"adınızın eşleşmemesidir. Ad her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen adınızı %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyLastName): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"soyadınızın eşleşmemesidir. Soyad her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen soyadınızı %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyDOB): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"doğum tarihinizin eşleşmemesidir. Doğum tarihi her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen doğum tarihinizi %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyDOBDayMonthSwapped): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"doğum tarihinizin eşleşmemesidir: gün ve ay yer değiştirmiş görünüyor. " +
		"Doğum tarihi her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen gün ve ay sırasını kontrol edin, doğum tarihinizi %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyDOBInvalidDate): "İşleminiz reddedildi. Nedeni: %[1]s yapılan veri karşılaştırmasında " +
		"doğum tarihiniz, geçerli bir tarih olmadığı için karşılaştırılamadı. " +
		"Doğum tarihi her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen doğum tarihinizi eksiksiz olarak (gün, ay ve yıl) %[3]s girin ve ödemeyi yeniden deneyin.",
	string(KeyEmail): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"e-posta adresinizin eşleşmemesidir. E-posta adresi her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen e-posta adresinizi %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyMultiple): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"şu bilgilerin eşleşmemesidir: %[2]s. Bu bilgiler her iki sistemde de aynı olmalıdır. %[3]s " +
		"Lütfen bu bilgileri %[4]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyGeneric): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"bilgilerinizin eşleşmemesidir. Bilgileriniz her iki sistemde de aynı olmalıdır. " +
		"Lütfen bilgilerinizi %[2]s kontrol edin ve ödemeyi yeniden deneyin.",
	string(KeyReview): "Ödemenizi tamamlayabilmemiz için bilgilerinizi kontrol etmemiz gerekiyor. " +
		"En kısa sürede sizinle iletişime geçeceğiz. Sorularınız için lütfen müşteri hizmetlerimizle iletişime geçin.",
}
