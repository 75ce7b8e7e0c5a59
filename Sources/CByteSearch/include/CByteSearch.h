// glibc's byte searches that Swift's Glibc module leaves out (they are GNU extensions):
// `visit add` finds a few records in a county's 26 MB roster with them, and they are
// several times faster than a loop written in Swift.
#ifndef LIAISON_C_BYTE_SEARCH_H
#define LIAISON_C_BYTE_SEARCH_H

#include <stddef.h>

/// The first place `needle` occurs in `haystack`, or NULL (as memmem).
const void *liaison_find_bytes(const void *haystack, size_t haystack_length, const void *needle,
                               size_t needle_length);

/// The last `byte` in the `length` bytes at `start`, or NULL.
const void *liaison_find_last_byte(const void *start, int byte, size_t length);

#endif
