// Public test certificates (no keys: those were discarded when these were made), for the TLS constructs, the stand-in
// and the TLS example. Made once with openssl: an EC P-256 CA valid for 100 years, a server certificate for
// kafka.example.com and a data plane client certificate with DNS, IP, URI and email SANs, both signed by the CA.

export const TEST_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIB5zCCAY2gAwIBAgIUaY1eK8dU3NhKQSeBSzbMB51jE8kwCgYIKoZIzj0EAwIw
QDEYMBYGA1UEAwwPRXhhbXBsZSBUZXN0IENBMSQwIgYDVQQKDBtrb25uZWN0LWV2
ZW50LWdhdGV3YXktY2RrdGYwIBcNMjYxMTI4MjEyOTMyWhgPMjEyNjExMDQyMTI5
MzJaMEAxGDAWBgNVBAMMD0V4YW1wbGUgVGVzdCBDQTEkMCIGA1UECgwba29ubmVj
dC1ldmVudC1nYXRld2F5LWNka3RmMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
ZXvLwI4FZfIgarZKjBM4R2ZCEMqNpGeDRu30a7Z7bZRYQpah8gd9T2n/O620ahE+
ENXEyC5MOguUOmfyQRUtiqNjMGEwHQYDVR0OBBYEFPkvDQeR/R602dXhCN5nBL9f
AnQpMB8GA1UdIwQYMBaAFPkvDQeR/R602dXhCN5nBL9fAnQpMA8GA1UdEwEB/wQF
MAMBAf8wDgYDVR0PAQH/BAQDAgEGMAoGCCqGSM49BAMCA0gAMEUCIAMIV+gS4TsZ
Ywsveganx4SYb2SP8paUhPPMcLBLA2WDAiEAu2AxgSkmqrP0KbMEt+PZaPyyC7el
UDrDw8vKLPtswRU=
-----END CERTIFICATE-----`;

export const TEST_SERVER_PEM = `-----BEGIN CERTIFICATE-----
MIIB+TCCAZ+gAwIBAgIUOH4WcLe8H3iVvRa2xt1D80IkAPUwCgYIKoZIzj0EAwIw
QDEYMBYGA1UEAwwPRXhhbXBsZSBUZXN0IENBMSQwIgYDVQQKDBtrb25uZWN0LWV2
ZW50LWdhdGV3YXktY2RrdGYwIBcNMjYxMTI4MjEyOTMyWhgPMjEyNjExMDQyMTI5
MzJaMBwxGjAYBgNVBAMMEWthZmthLmV4YW1wbGUuY29tMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAEbCiVdc0vR32ArcYWseLnM4a5mE9swk3SDnL4YS0Dw+8p2gWC
YfYfoRq8fgpi8tWdww3JNn6Y4jrC/w7+8o5C9qOBmDCBlTAxBgNVHREEKjAoghFr
YWZrYS5leGFtcGxlLmNvbYITKi5rYWZrYS5leGFtcGxlLmNvbTALBgNVHQ8EBAMC
B4AwEwYDVR0lBAwwCgYIKwYBBQUHAwEwHQYDVR0OBBYEFGoq1ml+SLXA6n6EcYSz
bX6t2tD+MB8GA1UdIwQYMBaAFPkvDQeR/R602dXhCN5nBL9fAnQpMAoGCCqGSM49
BAMCA0gAMEUCIQCBuIVyblpudByrNorWqfDA0fXmxPwLJBptUhnHELV1tQIgLYxd
4/DXVYTmP6izZrm1f/jf5jlcFMmWMmXCbgSMig8=
-----END CERTIFICATE-----`;

export const TEST_DATA_PLANE_PEM = `-----BEGIN CERTIFICATE-----
MIICMDCCAdagAwIBAgIUOH4WcLe8H3iVvRa2xt1D80IkAPYwCgYIKoZIzj0EAwIw
QDEYMBYGA1UEAwwPRXhhbXBsZSBUZXN0IENBMSQwIgYDVQQKDBtrb25uZWN0LWV2
ZW50LWdhdGV3YXktY2RrdGYwIBcNMjYxMTI4MjEyOTMyWhgPMjEyNjExMDQyMTI5
MzJaMD0xFTATBgNVBAMMDGRhdGEtcGxhbmUtMTEkMCIGA1UECgwba29ubmVjdC1l
dmVudC1nYXRld2F5LWNka3RmMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEfnTs
mKMXjOnhCjopPKEUo4pcUwWuuNZK0GMA3XaC60Jrs1G/S+9EW0TAUGOHBHab744t
G2xC5kS7vIAz3yVKeaOBrjCBqzBHBgNVHREEQDA+gg9kcDEuZXhhbXBsZS5jb22H
BAoAAAGGFHNwaWZmZTovL2V4YW1wbGUvZHAxgQ9vcHNAZXhhbXBsZS5jb20wCwYD
VR0PBAQDAgeAMBMGA1UdJQQMMAoGCCsGAQUFBwMCMB0GA1UdDgQWBBTqLWsepofb
odyEhOoAfBI5DEe4HjAfBgNVHSMEGDAWgBT5Lw0Hkf0etNnV4QjeZwS/XwJ0KTAK
BggqhkjOPQQDAgNIADBFAiEAi51QzUux7/a47BK6qtBA7Ji9KQk5EGZAgAvsRc4W
04ECIBpYS5sSbYjrBIcuJhbgOzefXYrOTqCUjI/lioMBXYjK
-----END CERTIFICATE-----`;

/** A PEM block of any label around a body (the constructs' PEM checks look at labels and base64, never at the content). */
export function pemBlock(label: string, body: string): string {
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

/**
 * A block labelled as a private key that holds no key (its body is the base64 of a sentence): what the constructs must
 * refuse where a certificate is expected, without any key material in the repository.
 */
export const NOT_A_KEY_PRIVATE_KEY_BLOCK = pemBlock("PRIVATE KEY", Buffer.from("no key here: only the label matters").toString("base64"));
