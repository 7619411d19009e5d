// Package messages renders the text a customer sees when a payment is declined or held for review
// because their details did not match the payment provider's.
package messages
