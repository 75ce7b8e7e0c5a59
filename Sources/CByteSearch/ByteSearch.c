#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <string.h>

#include "CByteSearch.h"

const void *liaison_find_bytes(const void *haystack, size_t haystack_length, const void *needle,
                               size_t needle_length) {
  // An upper-case ASCII letter is rare in liaison's files (ids only: M0001, H00001), so
  // jumping from one to the next with memchr, which scans many bytes at a time, and comparing
  // the needle there is about twice as fast as memmem's general search.
  const unsigned char *bytes = needle;
  size_t anchor = 0;
  while (anchor < needle_length && !(bytes[anchor] >= 'A' && bytes[anchor] <= 'Z')) anchor++;
  if (anchor == needle_length || haystack_length < needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length);
  }
  const unsigned char *start = haystack;
  const unsigned char *at = start + anchor;
  const unsigned char *end = start + haystack_length - needle_length + anchor + 1;
  while (at < end) {
    at = memchr(at, bytes[anchor], (size_t)(end - at));
    if (at == NULL) return NULL;
    if (memcmp(at - anchor, needle, needle_length) == 0) return at - anchor;
    at++;
  }
  return NULL;
}

const void *liaison_find_last_byte(const void *start, int byte, size_t length) {
  return memrchr(start, byte, length);
}
