package messages

import (
	"html/template"
	"io"
	"net/url"
	"strings"
)

// htmlPart is a piece of a message text cut into plain runs and the one link it may hold.
type htmlPart struct {
	Text string
	Link string // the address when this part is the change address, else ""
}

// htmlView is what the templates render for one message.
type htmlView struct {
	Lang    string
	Key     Key
	Caption string
	Parts   []htmlPart
}

// The templates. html/template escapes every value for its context: the text as HTML, the link as a URL
// attribute (a scheme other than http or https never reaches it; see linkable).
var htmlTemplates = template.Must(template.New("message").Parse(
	`{{define "message"}}<div class="custmatch-message" lang="{{.Lang}}" data-key="{{.Key}}" role="alert"><p>` +
		`{{range .Parts}}{{if .Link}}<a href="{{.Link}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}{{end}}</p></div>{{end}}` +
		`{{define "page"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
figure { margin: 0 0 2rem; }
figcaption { font-size: .85rem; color: #666; margin-bottom: .4rem; }
.custmatch-message { border: 1px solid #d33; border-left-width: .4rem; background: #fff6f6; padding: .2rem 1rem; border-radius: .3rem; }
.custmatch-message[data-key="review"] { border-color: #c80; background: #fffbf0; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{range .Items}}<figure>
<figcaption>{{.Caption}} <code>{{.Key}}</code> ({{.Lang}})</figcaption>
{{template "message" .}}
</figure>
{{end}}</body>
</html>
{{end}}`))

// view prepares m for the templates: the text is split around the change address, which becomes a link.
func view(m Message, o Options, caption string) htmlView {
	v := htmlView{Lang: m.Tag.String(), Key: m.Key, Caption: caption}
	u := clean(o.ChangeURL, maxURLRunes)
	if u == "" || !linkable(u) {
		v.Parts = []htmlPart{{Text: m.Text}}
		return v
	}
	rest := m.Text
	for {
		i := strings.Index(rest, u)
		if i < 0 {
			break
		}
		if i > 0 {
			v.Parts = append(v.Parts, htmlPart{Text: rest[:i]})
		}
		v.Parts = append(v.Parts, htmlPart{Text: u, Link: u})
		rest = rest[i+len(u):]
	}
	if rest != "" {
		v.Parts = append(v.Parts, htmlPart{Text: rest})
	}
	return v
}

// linkable reports whether u is an absolute http or https URL with a host: only such an address is
// made a link.
func linkable(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

// HTML returns m as a customer sees it, as an HTML fragment to place in a page: a <div
// class="custmatch-message"> with the message's language (lang) and key (data-key), holding the text in
// one paragraph. Everything is escaped by html/template; the change address (o.ChangeURL, cleaned as in
// the text) becomes a link when it is an absolute http or https URL. An empty Message gives an empty
// paragraph. Pass the Options the message was rendered with.
//
// HTML is safe for concurrent use by multiple goroutines.
func HTML(m Message, o Options) template.HTML {
	var b strings.Builder
	if err := htmlTemplates.ExecuteTemplate(&b, "message", view(m, o, "")); err != nil {
		panic(err) // the template is constant and its data plain strings: an error is a programming error
	}
	return template.HTML(b.String()) // produced and escaped by html/template
}

// PageItem is one message on a page written by WritePage, with a caption for the reviewer.
type PageItem struct {
	Caption string  // shown above the message, e.g. the variant's title
	Message Message // the message, as Render returned it
}

// WritePage writes a standalone HTML document titled title that shows each item's message as a
// customer sees it (see HTML), under its caption, key and language: a page to review the texts in a
// browser or to send for acceptance testing. o is the Options the messages were rendered with.
//
// WritePage is safe for concurrent use by multiple goroutines (on different writers).
func WritePage(w io.Writer, title string, items []PageItem, o Options) error {
	data := struct {
		Title string
		Items []htmlView
	}{Title: title}
	for _, it := range items {
		data.Items = append(data.Items, view(it.Message, o, it.Caption))
	}
	return htmlTemplates.ExecuteTemplate(w, "page", data)
}
