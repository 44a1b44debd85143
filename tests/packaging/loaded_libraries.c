/* LD_AUDIT module for tests: writes the path of every shared object the dynamic linker maps
 * (linked or dlopen()ed, across the launcher's re-exec) to $LOADED_LOG, one a line, so a test
 * can tell which libraries came from the bundle and which from the system. */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

unsigned int la_version(unsigned int version) { return version; }

unsigned int la_objopen(struct link_map *map, Lmid_t lmid, uintptr_t *cookie) {
    const char *path = getenv("LOADED_LOG");
    FILE *log = path && map->l_name && map->l_name[0] ? fopen(path, "a") : NULL;
    if (log) {
        fprintf(log, "%s\n", map->l_name);
        fclose(log);
    }
    (void)lmid;
    (void)cookie;
    return 0;
}
