#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <string.h>

#include "CByteSearch.h"

const void *liaison_find_bytes(const void *haystack, size_t haystack_length, const void *needle,
                               size_t needle_length) {
  return memmem(haystack, haystack_length, needle, needle_length);
}

const void *liaison_find_last_byte(const void *start, int byte, size_t length) {
  return memrchr(start, byte, length);
}
