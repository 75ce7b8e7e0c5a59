#include <limits.h>
#include <string.h>
#include <zlib.h>

#include "CZlib.h"

int liaison_inflate_raw(const uint8_t *source, size_t source_length, uint8_t *destination,
                        size_t capacity, size_t *written) {
  z_stream stream;
  memset(&stream, 0, sizeof stream);
  *written = 0;
  // Negative window bits: a raw stream, as ZIP entries hold it.
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return LIAISON_INFLATE_FAILED;
  int status = LIAISON_INFLATE_CORRUPT;
  size_t consumed = 0;
  size_t produced = 0;
  for (;;) {
    // zlib counts in unsigned int; feed and drain in pieces it can count.
    size_t in_piece = source_length - consumed;
    size_t out_piece = capacity - produced;
    stream.next_in = (Bytef *)(source + consumed);
    stream.avail_in = (uInt)(in_piece > UINT_MAX ? UINT_MAX : in_piece);
    stream.next_out = destination + produced;
    stream.avail_out = (uInt)(out_piece > UINT_MAX ? UINT_MAX : out_piece);
    uInt in_before = stream.avail_in;
    uInt out_before = stream.avail_out;
    int result = inflate(&stream, Z_NO_FLUSH);
    consumed += in_before - stream.avail_in;
    produced += out_before - stream.avail_out;
    if (result == Z_STREAM_END) {
      status = LIAISON_INFLATE_OK;
      break;
    }
    if (result == Z_BUF_ERROR || result == Z_OK) {
      if (produced == capacity && stream.avail_out == 0) {
        // Full: is there more to come? One more byte of room tells.
        uint8_t probe;
        stream.next_out = &probe;
        stream.avail_out = 1;
        int more = inflate(&stream, Z_NO_FLUSH);
        status = (more == Z_STREAM_END && stream.avail_out == 1) ? LIAISON_INFLATE_OK
                 : stream.avail_out == 0                          ? LIAISON_INFLATE_TOO_LARGE
                                                                  : LIAISON_INFLATE_CORRUPT;
        break;
      }
      int stalled = in_before == stream.avail_in && out_before == stream.avail_out;
      if (consumed == source_length || stalled) {
        // Input ran out (or no progress) before the stream's end: truncated.
        status = LIAISON_INFLATE_CORRUPT;
        break;
      }
      continue;
    }
    status = LIAISON_INFLATE_CORRUPT;
    break;
  }
  inflateEnd(&stream);
  *written = produced;
  return status;
}

size_t liaison_deflate_bound(size_t source_length) {
  // deflateBound needs a stream; compressBound's figure plus a margin covers raw streams too.
  return source_length + source_length / 1000 + 64;
}

size_t liaison_deflate_raw(const uint8_t *source, size_t source_length, uint8_t *destination,
                           size_t capacity) {
  z_stream stream;
  memset(&stream, 0, sizeof stream);
  if (deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
  size_t consumed = 0;
  size_t produced = 0;
  int result = Z_OK;
  while (result != Z_STREAM_END) {
    size_t in_piece = source_length - consumed;
    size_t out_piece = capacity - produced;
    if (out_piece == 0) break;
    stream.next_in = (Bytef *)(source + consumed);
    stream.avail_in = (uInt)(in_piece > UINT_MAX ? UINT_MAX : in_piece);
    stream.next_out = destination + produced;
    stream.avail_out = (uInt)(out_piece > UINT_MAX ? UINT_MAX : out_piece);
    uInt in_before = stream.avail_in;
    uInt out_before = stream.avail_out;
    int flush = (in_piece <= UINT_MAX) ? Z_FINISH : Z_NO_FLUSH;
    result = deflate(&stream, flush);
    consumed += in_before - stream.avail_in;
    produced += out_before - stream.avail_out;
    if (result == Z_STREAM_ERROR) break;
  }
  deflateEnd(&stream);
  return result == Z_STREAM_END ? produced : 0;
}

uint32_t liaison_crc32(uint32_t crc, const uint8_t *bytes, size_t length) {
  uLong value = crc;
  while (length > 0) {
    uInt piece = (uInt)(length > UINT_MAX ? UINT_MAX : length);
    value = crc32(value, bytes, piece);
    bytes += piece;
    length -= piece;
  }
  return (uint32_t)value;
}
