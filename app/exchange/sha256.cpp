#include "app/exchange/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace xuncha::app {

// OpenSSL's digest (as db/internal/attachment_store.cpp uses): vetted and accelerated where the CPU can.
std::string sha256_hex(std::string_view bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("Computing a SHA-256 digest failed (OpenSSL).");
    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 0xF];
    }
    return text;
}

}  // namespace xuncha::app
