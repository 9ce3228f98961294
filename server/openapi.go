package server

import (
	_ "embed"
	"net/http"
)

// openAPI describes the JSON API; openapi_test.go checks every route
// against it.
//
//go:embed openapi.json
var openAPI []byte

func serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPI)
}
