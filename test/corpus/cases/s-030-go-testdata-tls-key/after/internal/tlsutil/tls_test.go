package tlsutil

import "testing"

func TestLoadServerCert(t *testing.T) {
	if _, err := Load("testdata/server.crt", "testdata/server.key"); err != nil {
		t.Fatal(err)
	}
}
