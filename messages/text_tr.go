package messages

// tr is the Turkish catalog (formal address: siz). A detail sentence starts with the field and gives the
// provider in parentheses ("Ad (paysafecard kayıtlarında): …"), so that no sentence starts with a brand
// written in lower case; every reason sentence opens "Bunun nedeni, …".
var tr = map[string]string{
	partProviderWith:           "%[1]s ile",
	partProviderWithNeutral:    "ödeme sağlayıcısı ile",
	partProviderAt:             "%[1]s kayıtlarında",
	partProviderAtNeutral:      "ödeme sağlayıcısının kayıtlarında",
	partProviderAccount:        "%[1]s hesabınızda",
	partProviderAccountNeutral: "ödeme sağlayıcısındaki hesabınızda",
	partWhereHere:              "buradan",
	partWhereURL:               "%[1]s adresinden",
	partValueEmpty:             "(boş)",
	partListAnd:                "%[1]s ve %[2]s",

	"field.first_name": "ad",
	"field.last_name":  "soyadı",
	"field.dob":        "doğum tarihi",
	"field.email":      "e-posta adresi",

	"detail.first_name": "Ad (%[1]s): %[2]s. Bizde kayıtlı ad: %[3]s.",
	"detail.last_name":  "Soyadı (%[1]s): %[2]s. Bizde kayıtlı soyadı: %[3]s.",
	"detail.dob":        "Doğum tarihi (%[1]s): %[2]s. Bizde kayıtlı doğum tarihi: %[3]s.",
	"detail.email":      "E-posta adresi (%[1]s): %[2]s. Bizde kayıtlı e-posta adresi: %[3]s.",

	string(KeyFirstName): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"adınızın eşleşmemesidir. Ad her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen adınızı %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyLastName): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında soyadınızın " +
		"eşleşmemesidir. Soyadı her iki sistemde de aynı olmalıdır. %[2]s Lütfen soyadınızı %[3]s " +
		"değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyDOB): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"doğum tarihinizin eşleşmemesidir. Doğum tarihi her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen doğum tarihinizi %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyDOBDayMonthSwapped): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"doğum tarihinizin eşleşmemesidir: gün ve ay yer değiştirmiş görünüyor. " +
		"Doğum tarihi her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen gün ve ay sırasını kontrol edin, doğum tarihinizi %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyDOBInvalidDate): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında doğum tarihinizin " +
		"karşılaştırılamamasıdır: bizde kayıtlı doğum tarihi geçerli bir tarih değil. Doğum tarihi her " +
		"iki sistemde de aynı olmalıdır. %[2]s Lütfen %[3]s geçerli bir doğum tarihi girin ve ödemeyi " +
		"yeniden deneyin.",
	string(KeyEmail): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"e-posta adresinizin eşleşmemesidir. E-posta adresi her iki sistemde de aynı olmalıdır. %[2]s " +
		"Lütfen e-posta adresinizi %[3]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyMultiple): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"şu bilgilerin eşleşmemesidir: %[2]s. Bu bilgiler her iki sistemde de aynı olmalıdır. %[3]s " +
		"Lütfen bu bilgileri %[4]s değiştirin ve ödemeyi yeniden deneyin.",
	string(KeyProviderValue): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında şu bilgilerin " +
		"karşılaştırılamamasıdır: %[2]s. Bilgilerden biri %[4]s eksik veya geçersiz. %[3]s Lütfen " +
		"bilgilerinizi %[4]s kontrol edin ve ödemeyi yeniden deneyin.",
	string(KeyCheckBoth): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında şu bilgilerin " +
		"eşleşmemesidir: %[2]s. Bu bilgiler her iki sistemde de aynı olmalıdır; bilgilerden en az biri " +
		"eksik veya geçersiz. %[3]s Lütfen bilgilerinizi %[4]s ve %[5]s kontrol edin ve ödemeyi yeniden " +
		"deneyin.",
	string(KeyGeneric): "İşleminiz reddedildi. Bunun nedeni, %[1]s yapılan veri karşılaştırmasında " +
		"bilgilerinizin eşleşmemesidir. Bilgileriniz her iki sistemde de aynı olmalıdır. " +
		"Lütfen bilgilerinizi %[2]s kontrol edin ve ödemeyi yeniden deneyin.",
	string(KeyReview): "Ödemenizi tamamlayabilmemiz için bilgilerinizi kontrol etmemiz gerekiyor. " +
		"En kısa sürede sizinle iletişime geçeceğiz. Sorularınız için lütfen müşteri hizmetlerimizle iletişime geçin.",
}
