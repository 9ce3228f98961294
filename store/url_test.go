package store

import "testing"

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://News.Example.com/a/b", "https://news.example.com/a/b"},
		{"HTTPS://example.com:443/a", "https://example.com/a"},
		{"http://example.com:80/a#comments", "http://example.com/a"},
		{"http://example.com:8080/a", "http://example.com:8080/a"},
		{"https://example.com/a?utm_source=feed&id=3&UTM_medium=x", "https://example.com/a?id=3"},
		{"https://example.com", "https://example.com/"},
		{"  https://example.com/a  ", "https://example.com/a"},
		{"", ""},
		{"article-17", "article-17"},
		{"ftp://example.com/a", "ftp://example.com/a"},
		{"https://exa mple.com/%zz", "https://exa mple.com/%zz"},
	}
	for _, tt := range tests {
		if got := canonicalURL(tt.in); got != tt.want {
			t.Errorf("canonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
