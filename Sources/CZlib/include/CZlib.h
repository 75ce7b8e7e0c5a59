// The system zlib's raw DEFLATE and CRC-32, for the ZIP containers that .xlsx workbooks are.
// zlib's own init functions are macros, which Swift cannot call, so these wrap them; each call
// works on whole buffers the caller sized, so nothing here allocates without a bound.
#ifndef LIAISON_C_ZLIB_H
#define LIAISON_C_ZLIB_H

#include <stddef.h>
#include <stdint.h>

/// What `liaison_inflate_raw` found.
enum liaison_inflate_status {
  /// The stream ended and its output fitted.
  LIAISON_INFLATE_OK = 0,
  /// The output would be larger than the buffer: the entry is bigger than it claims.
  LIAISON_INFLATE_TOO_LARGE = 1,
  /// The bytes are not a complete DEFLATE stream.
  LIAISON_INFLATE_CORRUPT = 2,
  /// zlib could not start (out of memory).
  LIAISON_INFLATE_FAILED = 3,
};

/// Inflates the raw DEFLATE stream `source` (no zlib or gzip header, as ZIP stores it) into
/// `destination`, which holds at most `capacity` bytes; `*written` gets the output length.
int liaison_inflate_raw(const uint8_t *source, size_t source_length, uint8_t *destination,
                        size_t capacity, size_t *written);

/// The most bytes `liaison_deflate_raw` can produce for `source_length` input bytes.
size_t liaison_deflate_bound(size_t source_length);

/// Deflates `source` as a raw stream (level 6) into `destination` of `capacity` bytes (at least
/// `liaison_deflate_bound`); returns the compressed length, or 0 when zlib failed.
size_t liaison_deflate_raw(const uint8_t *source, size_t source_length, uint8_t *destination,
                           size_t capacity);

/// The CRC-32 that ZIP records for each entry, continued from `crc` (0 to start).
uint32_t liaison_crc32(uint32_t crc, const uint8_t *bytes, size_t length);

#endif
