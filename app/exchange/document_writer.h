#pragma once
// Writes a Dataset as an exchange document (docs/exchange-format.md), format version 3.

#include "app/exchange/dataset.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace xuncha::app {

// Pretty-printed UTF-8 JSON with keys in the documented order and a final newline; the same Dataset
// always gives the same bytes. Every key is written, with null or "" for what is not set (except
// "note", written only when not empty; missing settings are written as the defaults). Records keep
// the order they have in `dataset`, except a person's specialties and memberships, which follow the
// order of the catalogues. Attachments are written in base64 with the size and SHA-256 they carry.
// Throws std::invalid_argument when something refers to a unit, person, round, group, specialty, pool or training the
// Dataset lacks, or an attachment's bytes are not loaded.
std::string write_document(const Dataset& dataset);
// The same bytes, with the people written by two threads, each its half, from `parallel_from` people
// on (write_document() starts at a few hundred; tests compare small datasets both ways).
std::string write_document(const Dataset& dataset, std::size_t parallel_from);

// The same bytes handed to `out` in order, in pieces of about `piece_size` bytes (a record is never
// split), as they are written and on the calling thread: a file gets the first pieces of a 10,000-person
// document while the rest is still being written, and the whole document is never held at once.
using DocumentOut = std::function<void(std::string_view piece)>;
void write_document(const Dataset& dataset, const DocumentOut& out);
void write_document(const Dataset& dataset, std::size_t parallel_from, std::size_t piece_size, const DocumentOut& out);

}  // namespace xuncha::app
