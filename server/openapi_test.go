package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// TestOpenAPI calls every GET route of the OpenAPI document and checks that
// the answer has the documented status, content type and shape.
func TestOpenAPI(t *testing.T) {
	f := newFixture(t)
	var doc map[string]any
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	// Example parameters: enough to make each route answer with data.
	params := map[string]string{
		"/api/articles/{id}": "/api/articles/" + f.hostile,
		"/api/diff":          "/api/diff?from=2024-01-01&to=2024-12-31",
		"/api/search":        "/api/search?q=ceasefire",
		"/api/positions":     "/api/positions?party=hamas&limit=2",
	}
	paths := doc["paths"].(map[string]any)
	for path, item := range paths {
		get, ok := item.(map[string]any)["get"].(map[string]any)
		if !ok {
			continue
		}
		t.Run(path, func(t *testing.T) {
			url := path
			if p, ok := params[path]; ok {
				url = p
			}
			resp, err := http.Get(f.URL + url)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			r := resolve(doc, get["responses"].(map[string]any)[fmt.Sprint(resp.StatusCode)])
			if r == nil {
				t.Fatalf("status %d is not documented", resp.StatusCode)
			}
			if resp.StatusCode != 200 {
				t.Errorf("status %d", resp.StatusCode)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Fatalf("Content-Type %q", ct)
			}
			var body any
			if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
				t.Fatal(err)
			}
			schema := r["content"].(map[string]any)["application/json"].(map[string]any)["schema"]
			for _, e := range validate(doc, schema, body, "body") {
				t.Error(e)
			}
		})
	}
	// Every API route is documented, and errors have the documented shape.
	for _, route := range []string{"/api/articles", "/api/articles/{id}", "/api/attributions", "/api/positions",
		"/api/figures", "/api/figures/series", "/api/assessments", "/api/matrix", "/api/timeline", "/api/diff",
		"/api/proposals", "/api/talks", "/api/framing", "/api/people", "/api/search", "/api/openapi.json"} {
		if paths[route] == nil {
			t.Errorf("%s is not documented", route)
		}
	}
	_, body := f.get(t, "/api/positions?limit=x")
	var e any
	json.Unmarshal([]byte(body), &e)
	for _, err := range validate(doc, map[string]any{"$ref": "#/components/schemas/Error"}, e, "error") {
		t.Error(err)
	}
}

// resolve follows a $ref of the document.
func resolve(doc map[string]any, v any) map[string]any {
	m, _ := v.(map[string]any)
	for m != nil && m["$ref"] != nil {
		var cur any = doc
		for _, part := range strings.Split(strings.TrimPrefix(m["$ref"].(string), "#/"), "/") {
			cur = cur.(map[string]any)[part]
		}
		m, _ = cur.(map[string]any)
	}
	return m
}

// validate checks v against the subset of JSON Schema the document uses:
// type, nullable, required, properties, additionalProperties, items,
// enum, allOf.
func validate(doc map[string]any, schema, v any, at string) []string {
	s := resolve(doc, schema)
	if s == nil {
		return []string{at + ": no schema"}
	}
	var errs []string
	for _, sub := range asSlice(s["allOf"]) {
		errs = append(errs, validate(doc, sub, v, at)...)
	}
	if v == nil {
		if s["nullable"] == true || s["type"] == nil {
			return errs
		}
		return append(errs, at+": null")
	}
	if enum := asSlice(s["enum"]); enum != nil && !slices.Contains(enum, v) {
		errs = append(errs, fmt.Sprintf("%s: %v not in %v", at, v, enum))
	}
	switch s["type"] {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return append(errs, at+": not an object")
		}
		for _, r := range asSlice(s["required"]) {
			if _, ok := m[r.(string)]; !ok {
				errs = append(errs, fmt.Sprintf("%s: lacks %s", at, r))
			}
		}
		props, _ := s["properties"].(map[string]any)
		for k, val := range m {
			if p, ok := props[k]; ok {
				errs = append(errs, validate(doc, p, val, at+"."+k)...)
			} else if extra, ok := s["additionalProperties"]; ok {
				errs = append(errs, validate(doc, extra, val, at+"."+k)...)
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return append(errs, at+": not an array")
		}
		for i, x := range a {
			errs = append(errs, validate(doc, s["items"], x, fmt.Sprintf("%s[%d]", at, i))...)
		}
	case "string":
		if _, ok := v.(string); !ok {
			errs = append(errs, at+": not a string")
		}
	case "integer":
		if n, ok := v.(float64); !ok || n != float64(int64(n)) {
			errs = append(errs, at+": not an integer")
		}
	case "number":
		if _, ok := v.(float64); !ok {
			errs = append(errs, at+": not a number")
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			errs = append(errs, at+": not a boolean")
		}
	}
	return errs
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}
