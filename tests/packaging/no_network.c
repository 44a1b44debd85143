/* LD_PRELOAD shim for tests: every IPv4/IPv6 connect() or addressed sendto() fails with
 * ENETUNREACH, as on a workstation with no network, and is written to $NO_NETWORK_LOG so a
 * test can prove that nothing tried. Local IPC (Unix sockets: X11, D-Bus) goes through. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/types.h>

static int is_network(const struct sockaddr *addr) {
    return addr && (addr->sa_family == AF_INET || addr->sa_family == AF_INET6);
}

static void note(const char *call, const struct sockaddr *addr) {
    const char *path = getenv("NO_NETWORK_LOG");
    FILE *log = path ? fopen(path, "a") : NULL;
    if (log) {
        fprintf(log, "%s family=%d\n", call, addr->sa_family);
        fclose(log);
    }
}

int connect(int fd, const struct sockaddr *addr, socklen_t len) {
    static int (*real)(int, const struct sockaddr *, socklen_t);
    if (is_network(addr)) {
        note("connect", addr);
        errno = ENETUNREACH;
        return -1;
    }
    if (!real) real = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "connect");
    return real(fd, addr, len);
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr, socklen_t len) {
    static ssize_t (*real)(int, const void *, size_t, int, const struct sockaddr *, socklen_t);
    if (is_network(addr)) {
        note("sendto", addr);
        errno = ENETUNREACH;
        return -1;
    }
    if (!real) real = (ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "sendto");
    return real(fd, buf, n, flags, addr, len);
}
