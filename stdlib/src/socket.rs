//! The `_socket` module, as far as `import socket` (and so `import asyncio`) needs: the
//! constants, exception types, the `socket` type (subclassable; creating a socket raises
//! NotImplementedError: Ferrite gives built-in modules no socket system calls yet) and the
//! pure functions (byte order, inet_aton/ntoa/pton/ntop, default timeout, gethostname).
//! Name resolution (getaddrinfo, gethostbyname...) raises NotImplementedError too.

use crate::support::{native_type, TypeCell};
use ferrite_runtime::errors::{
    exc_type, new_exc, overflow_error, type_error, value_error, Exc, PyErr, PyResult,
};
use ferrite_runtime::methods::bytes::{bytes_data, is_bytes_like, new_bytes};
use ferrite_runtime::methods::{def, def_new};
use ferrite_runtime::object::{bt, none, BT};
use ferrite_runtime::objects::dict::{dict_set_str, new_dict};
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::{new_native_for, NativeData};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{ops, Value};
use std::sync::Mutex;

const CONSTANTS: &[(&str, i64)] = &[
    ("AF_ALG", 38),
    ("AF_APPLETALK", 5),
    ("AF_ASH", 18),
    ("AF_ATMPVC", 8),
    ("AF_ATMSVC", 20),
    ("AF_AX25", 3),
    ("AF_BRIDGE", 7),
    ("AF_ECONET", 19),
    ("AF_INET", 2),
    ("AF_INET6", 10),
    ("AF_IPX", 4),
    ("AF_IRDA", 23),
    ("AF_KEY", 15),
    ("AF_LLC", 26),
    ("AF_NETBEUI", 13),
    ("AF_NETLINK", 16),
    ("AF_NETROM", 6),
    ("AF_PACKET", 17),
    ("AF_PPPOX", 24),
    ("AF_QIPCRTR", 42),
    ("AF_RDS", 21),
    ("AF_ROSE", 11),
    ("AF_ROUTE", 16),
    ("AF_SECURITY", 14),
    ("AF_SNA", 22),
    ("AF_TIPC", 30),
    ("AF_UNIX", 1),
    ("AF_UNSPEC", 0),
    ("AF_VSOCK", 40),
    ("AF_WANPIPE", 25),
    ("AF_X25", 9),
    ("AI_ADDRCONFIG", 32),
    ("AI_ALL", 16),
    ("AI_NUMERICHOST", 4),
    ("AI_NUMERICSERV", 1024),
    ("AI_PASSIVE", 1),
    ("AI_V4MAPPED", 8),
    ("EAI_ADDRFAMILY", -9),
    ("EAI_AGAIN", -3),
    ("EAI_BADFLAGS", -1),
    ("EAI_FAIL", -4),
    ("EAI_FAMILY", -6),
    ("EAI_MEMORY", -10),
    ("EAI_NODATA", -5),
    ("EAI_NONAME", -2),
    ("EAI_OVERFLOW", -12),
    ("EAI_SERVICE", -8),
    ("EAI_SOCKTYPE", -7),
    ("EAI_SYSTEM", -11),
    ("INADDR_ALLHOSTS_GROUP", 3758096385),
    ("INADDR_ANY", 0),
    ("INADDR_BROADCAST", 4294967295),
    ("INADDR_LOOPBACK", 2130706433),
    ("INADDR_MAX_LOCAL_GROUP", 3758096639),
    ("INADDR_NONE", 4294967295),
    ("INADDR_UNSPEC_GROUP", 3758096384),
    ("IPPROTO_AH", 51),
    ("IPPROTO_DSTOPTS", 60),
    ("IPPROTO_EGP", 8),
    ("IPPROTO_ESP", 50),
    ("IPPROTO_FRAGMENT", 44),
    ("IPPROTO_GRE", 47),
    ("IPPROTO_HOPOPTS", 0),
    ("IPPROTO_ICMP", 1),
    ("IPPROTO_ICMPV6", 58),
    ("IPPROTO_IDP", 22),
    ("IPPROTO_IGMP", 2),
    ("IPPROTO_IP", 0),
    ("IPPROTO_IPIP", 4),
    ("IPPROTO_IPV6", 41),
    ("IPPROTO_MPTCP", 262),
    ("IPPROTO_NONE", 59),
    ("IPPROTO_PIM", 103),
    ("IPPROTO_PUP", 12),
    ("IPPROTO_RAW", 255),
    ("IPPROTO_ROUTING", 43),
    ("IPPROTO_RSVP", 46),
    ("IPPROTO_SCTP", 132),
    ("IPPROTO_TCP", 6),
    ("IPPROTO_TP", 29),
    ("IPPROTO_UDP", 17),
    ("IPPROTO_UDPLITE", 136),
    ("IPV6_CHECKSUM", 7),
    ("IPV6_DONTFRAG", 62),
    ("IPV6_DSTOPTS", 59),
    ("IPV6_HOPLIMIT", 52),
    ("IPV6_HOPOPTS", 54),
    ("IPV6_JOIN_GROUP", 20),
    ("IPV6_LEAVE_GROUP", 21),
    ("IPV6_MULTICAST_HOPS", 18),
    ("IPV6_MULTICAST_IF", 17),
    ("IPV6_MULTICAST_LOOP", 19),
    ("IPV6_NEXTHOP", 9),
    ("IPV6_PATHMTU", 61),
    ("IPV6_PKTINFO", 50),
    ("IPV6_RECVDSTOPTS", 58),
    ("IPV6_RECVHOPLIMIT", 51),
    ("IPV6_RECVHOPOPTS", 53),
    ("IPV6_RECVPATHMTU", 60),
    ("IPV6_RECVPKTINFO", 49),
    ("IPV6_RECVRTHDR", 56),
    ("IPV6_RECVTCLASS", 66),
    ("IPV6_RTHDR", 57),
    ("IPV6_RTHDRDSTOPTS", 55),
    ("IPV6_RTHDR_TYPE_0", 0),
    ("IPV6_TCLASS", 67),
    ("IPV6_UNICAST_HOPS", 16),
    ("IPV6_V6ONLY", 26),
    ("IP_ADD_MEMBERSHIP", 35),
    ("IP_ADD_SOURCE_MEMBERSHIP", 39),
    ("IP_BIND_ADDRESS_NO_PORT", 24),
    ("IP_BLOCK_SOURCE", 38),
    ("IP_DEFAULT_MULTICAST_LOOP", 1),
    ("IP_DEFAULT_MULTICAST_TTL", 1),
    ("IP_DROP_MEMBERSHIP", 36),
    ("IP_DROP_SOURCE_MEMBERSHIP", 40),
    ("IP_HDRINCL", 3),
    ("IP_MAX_MEMBERSHIPS", 20),
    ("IP_MULTICAST_IF", 32),
    ("IP_MULTICAST_LOOP", 34),
    ("IP_MULTICAST_TTL", 33),
    ("IP_OPTIONS", 4),
    ("IP_PKTINFO", 8),
    ("IP_RECVOPTS", 6),
    ("IP_RECVRETOPTS", 7),
    ("IP_RECVTOS", 13),
    ("IP_RETOPTS", 7),
    ("IP_TOS", 1),
    ("IP_TRANSPARENT", 19),
    ("IP_TTL", 2),
    ("IP_UNBLOCK_SOURCE", 37),
    ("MSG_CMSG_CLOEXEC", 1073741824),
    ("MSG_CONFIRM", 2048),
    ("MSG_CTRUNC", 8),
    ("MSG_DONTROUTE", 4),
    ("MSG_DONTWAIT", 64),
    ("MSG_EOR", 128),
    ("MSG_ERRQUEUE", 8192),
    ("MSG_FASTOPEN", 536870912),
    ("MSG_MORE", 32768),
    ("MSG_NOSIGNAL", 16384),
    ("MSG_OOB", 1),
    ("MSG_PEEK", 2),
    ("MSG_TRUNC", 32),
    ("MSG_WAITALL", 256),
    ("NI_DGRAM", 16),
    ("NI_MAXHOST", 1025),
    ("NI_MAXSERV", 32),
    ("NI_NAMEREQD", 8),
    ("NI_NOFQDN", 4),
    ("NI_NUMERICHOST", 1),
    ("NI_NUMERICSERV", 2),
    ("SHUT_RD", 0),
    ("SHUT_RDWR", 2),
    ("SHUT_WR", 1),
    ("SOCK_CLOEXEC", 524288),
    ("SOCK_DGRAM", 2),
    ("SOCK_NONBLOCK", 2048),
    ("SOCK_RAW", 3),
    ("SOCK_RDM", 4),
    ("SOCK_SEQPACKET", 5),
    ("SOCK_STREAM", 1),
    ("SOL_ALG", 279),
    ("SOL_IP", 0),
    ("SOL_RDS", 276),
    ("SOL_SOCKET", 1),
    ("SOL_TCP", 6),
    ("SOL_TIPC", 271),
    ("SOL_UDP", 17),
    ("SO_ACCEPTCONN", 30),
    ("SO_BINDTODEVICE", 25),
    ("SO_BROADCAST", 6),
    ("SO_DEBUG", 1),
    ("SO_DOMAIN", 39),
    ("SO_DONTROUTE", 5),
    ("SO_ERROR", 4),
    ("SO_INCOMING_CPU", 49),
    ("SO_KEEPALIVE", 9),
    ("SO_LINGER", 13),
    ("SO_MARK", 36),
    ("SO_OOBINLINE", 10),
    ("SO_PASSCRED", 16),
    ("SO_PASSSEC", 34),
    ("SO_PEERCRED", 17),
    ("SO_PEERSEC", 31),
    ("SO_PRIORITY", 12),
    ("SO_PROTOCOL", 38),
    ("SO_RCVBUF", 8),
    ("SO_RCVLOWAT", 18),
    ("SO_RCVTIMEO", 20),
    ("SO_REUSEADDR", 2),
    ("SO_REUSEPORT", 15),
    ("SO_SNDBUF", 7),
    ("SO_SNDLOWAT", 19),
    ("SO_SNDTIMEO", 21),
    ("SO_TYPE", 3),
    ("TCP_CC_INFO", 26),
    ("TCP_CONGESTION", 13),
    ("TCP_CORK", 3),
    ("TCP_DEFER_ACCEPT", 9),
    ("TCP_FASTOPEN", 23),
    ("TCP_FASTOPEN_CONNECT", 30),
    ("TCP_FASTOPEN_KEY", 33),
    ("TCP_FASTOPEN_NO_COOKIE", 34),
    ("TCP_INFO", 11),
    ("TCP_INQ", 36),
    ("TCP_KEEPCNT", 6),
    ("TCP_KEEPIDLE", 4),
    ("TCP_KEEPINTVL", 5),
    ("TCP_LINGER2", 8),
    ("TCP_MAXSEG", 2),
    ("TCP_MD5SIG", 14),
    ("TCP_MD5SIG_EXT", 32),
    ("TCP_NODELAY", 1),
    ("TCP_NOTSENT_LOWAT", 25),
    ("TCP_QUEUE_SEQ", 21),
    ("TCP_QUICKACK", 12),
    ("TCP_REPAIR", 19),
    ("TCP_REPAIR_OPTIONS", 22),
    ("TCP_REPAIR_QUEUE", 20),
    ("TCP_REPAIR_WINDOW", 29),
    ("TCP_SAVED_SYN", 28),
    ("TCP_SAVE_SYN", 27),
    ("TCP_SYNCNT", 7),
    ("TCP_THIN_DUPACK", 17),
    ("TCP_THIN_LINEAR_TIMEOUTS", 16),
    ("TCP_TIMESTAMP", 24),
    ("TCP_TX_DELAY", 37),
    ("TCP_ULP", 31),
    ("TCP_USER_TIMEOUT", 18),
    ("TCP_WINDOW_CLAMP", 10),
    ("TCP_ZEROCOPY_RECEIVE", 35),
    ("SOMAXCONN", 4096),
];

const AF_INET: i64 = 2;
const AF_INET6: i64 = 10;

/// The default timeout (None: blocking).
static DEFAULT_TIMEOUT: Mutex<Option<f64>> = Mutex::new(None);

/// A socket: its descriptor (-1 once closed or detached) and how it was made.
struct Sock {
    fd: i32,
    family: i64,
    ty: i64,
    proto: i64,
    timeout: Option<f64>,
}
impl NativeData for Sock {}

static SOCKET_T: TypeCell = TypeCell::new();

fn sock(v: Value) -> PyResult<&'static mut Sock> {
    ferrite_runtime::objects::native::native_mut::<Sock>(v)
        .ok_or_else(|| type_error("descriptor requires a '_socket.socket' object"))
}
fn io_err(e: std::io::Error) -> PyErr {
    crate::posix::os_error(&e, None)
}
fn open_fd(v: Value) -> PyResult<i32> {
    let s = sock(v)?;
    if s.fd < 0 {
        return Err(crate::posix::os_error(
            &std::io::Error::from_raw_os_error(9),
            None,
        ));
    }
    Ok(s.fd)
}

/// socket.__init__(family=-1, type=-1, proto=-1, fileno=None)
fn sock_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::only_kwargs("socket", kw, &["family", "type", "proto", "fileno"])?;
    let pos = ferrite_runtime::args::positional(&a[1..], kw);
    let arg = |i: usize, n: &str| ferrite_runtime::args::kwarg(a, kw, n).or(pos.get(i).copied());
    let int_or = |v: Option<Value>, d: i64| -> PyResult<i64> {
        match v {
            Some(x) if x != none() => ops::index_value(x),
            _ => Ok(d),
        }
    };
    let family = int_or(arg(0, "family"), -1)?;
    let ty = int_or(arg(1, "type"), -1)?;
    let proto = int_or(arg(2, "proto"), -1)?;
    let fileno = arg(3, "fileno").filter(|v| *v != none());
    let (fd, family, ty, proto) = match fileno {
        Some(f) => {
            let fd = ops::index_value(f)?;
            if fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            (
                fd as i32,
                if family < 0 { 1 } else { family },
                if ty < 0 { 1 } else { ty },
                proto.max(0),
            )
        }
        None => {
            let family = if family < 0 { AF_INET } else { family };
            let ty = if ty < 0 { 1 } else { ty };
            let proto = proto.max(0);
            let fd =
                crate::syscalls::socket(family as i32, ty as i32, proto as i32).map_err(io_err)?;
            (fd, family, ty, proto)
        }
    };
    let timeout = *DEFAULT_TIMEOUT.lock().unwrap();
    let s = sock(a[0])?;
    *s = Sock {
        fd,
        family,
        ty,
        proto,
        timeout,
    };
    if timeout.is_some() {
        crate::syscalls::set_nonblocking(fd, true).map_err(io_err)?;
    }
    Ok(none())
}
fn sock_fileno(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(sock(a[0])?.fd as i64))
}
fn sock_detach(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = sock(a[0])?;
    let fd = s.fd;
    s.fd = -1;
    Ok(new_int(fd as i64))
}
fn sock_close(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = sock(a[0])?;
    let fd = s.fd;
    s.fd = -1;
    if fd >= 0 {
        ferrite_runtime::fd::close(fd).map_err(io_err)?;
    }
    Ok(none())
}
fn sock_setblocking(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("setblocking", a, kw, 1, 1)?;
    let on = ops::truthy(a[1])?;
    let fd = open_fd(a[0])?;
    crate::syscalls::set_nonblocking(fd, !on).map_err(io_err)?;
    sock(a[0])?.timeout = if on { None } else { Some(0.0) };
    Ok(none())
}
fn sock_getblocking(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(ferrite_runtime::object::py_bool(
        sock(a[0])?.timeout != Some(0.0),
    ))
}
fn sock_settimeout(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("settimeout", a, kw, 1, 1)?;
    let t = if a[1] == none() {
        None
    } else {
        let f = ops::call(bt(BT::Float), &[a[1]], &[])?;
        let x = ferrite_runtime::objects::float::float_of(f);
        if x < 0.0 {
            return Err(value_error("Timeout value out of range"));
        }
        Some(x)
    };
    let fd = open_fd(a[0])?;
    crate::syscalls::set_nonblocking(fd, t.is_some()).map_err(io_err)?;
    sock(a[0])?.timeout = t;
    Ok(none())
}
fn sock_gettimeout(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(match sock(a[0])?.timeout {
        Some(t) => new_float(t),
        None => none(),
    })
}
/// Waits until `fd` is ready for `events` when the socket has a positive timeout.
fn wait_ready(v: Value, fd: i32, events: i16) -> PyResult<()> {
    if let Some(t) = sock(v)?.timeout {
        if t > 0.0 {
            let ms = (t * 1000.0).ceil() as i32;
            let r = ferrite_gc::blocking(|| crate::syscalls::poll(&[(fd, events)], ms))
                .map_err(io_err)?;
            if r[0] == 0 {
                return Err(new_exc(Exc::TimeoutError, "timed out"));
            }
        }
    }
    Ok(())
}
fn sock_recv(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("recv", a, kw, 1, 2)?;
    let n = ops::index_value(a[1])?;
    if n < 0 {
        return Err(value_error("negative buffersize in recv"));
    }
    let fd = open_fd(a[0])?;
    wait_ready(a[0], fd, crate::syscalls::POLLIN)?;
    let mut buf = vec![0u8; n as usize];
    let got = ferrite_gc::blocking(|| ferrite_runtime::fd::read(fd, &mut buf)).map_err(io_err)?;
    Ok(new_bytes(&buf[..got]))
}
fn sock_recv_into(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("recv_into", a, kw, 1, 3)?;
    let data = sock_recv(&[a[0], new_int(ops::len(a[1])? as i64)], &[])?;
    let b = bytes_data(data).to_vec();
    let n = match a.get(2) {
        Some(&v) if ops::index_value(v)? > 0 => (ops::index_value(v)? as usize).min(b.len()),
        _ => b.len(),
    };
    for (i, &x) in b[..n].iter().enumerate() {
        ops::setitem(a[1], new_int(i as i64), new_int(x as i64))?;
    }
    Ok(new_int(n as i64))
}
fn send_bytes(v: Value, data: &[u8]) -> PyResult<usize> {
    let fd = open_fd(v)?;
    wait_ready(v, fd, crate::syscalls::POLLOUT)?;
    ferrite_gc::blocking(|| ferrite_runtime::fd::write(fd, data)).map_err(io_err)
}
fn sock_send(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("send", a, kw, 1, 2)?;
    if !is_bytes_like(a[1]) {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            ferrite_runtime::types::type_name_of(a[1])
        )));
    }
    let data = ferrite_runtime::methods::bytes::buffer_arg(a[1])?;
    Ok(new_int(send_bytes(a[0], &data)? as i64))
}
fn sock_sendall(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("sendall", a, kw, 1, 2)?;
    let data = ferrite_runtime::methods::bytes::buffer_arg(a[1])?;
    let mut off = 0;
    while off < data.len() {
        off += send_bytes(a[0], &data[off..])?;
    }
    Ok(none())
}
fn sock_shutdown(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("shutdown", a, kw, 1, 1)?;
    let fd = open_fd(a[0])?;
    crate::syscalls::shutdown(fd, ops::index_value(a[1])? as i32).map_err(io_err)?;
    Ok(none())
}
fn sock_family(v: Value) -> PyResult<Value> {
    Ok(new_int(sock(v)?.family))
}
fn sock_type_get(v: Value) -> PyResult<Value> {
    Ok(new_int(sock(v)?.ty))
}
fn sock_proto(v: Value) -> PyResult<Value> {
    Ok(new_int(sock(v)?.proto))
}
fn sock_timeout_get(v: Value) -> PyResult<Value> {
    sock_gettimeout(&[v], &[])
}
fn sock_not_yet(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let _ = a;
    Err(unsupported("connecting, binding and accepting sockets"))
}

/// `_socket.socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`
fn socketpair(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("socketpair", a, kw, 0, 3)?;
    let get = |i: usize, d: i64| -> PyResult<i64> {
        match a.get(i) {
            Some(&v) if v != none() => ops::index_value(v),
            _ => Ok(d),
        }
    };
    let (family, ty, proto) = (get(0, 1)?, get(1, 1)?, get(2, 0)?);
    let (x, y) =
        crate::syscalls::socketpair(family as i32, ty as i32, proto as i32).map_err(io_err)?;
    let t = socket_type();
    let mk = |fd: i32| {
        ferrite_runtime::objects::native::new_native(
            t,
            Sock {
                fd,
                family,
                ty,
                proto,
                timeout: None,
            },
        )
    };
    let s1 = mk(x);
    let s2 = mk(y);
    Ok(new_tuple(&[s1, s2]))
}

fn socket_type() -> Value {
    SOCKET_T.get_or_init(|| {
        let t = native_type("_socket", "socket", true);
        def_new(t, |a, _| {
            Ok(new_native_for(
                a[0],
                SOCKET_T.get(),
                Sock {
                    fd: -1,
                    family: -1,
                    ty: -1,
                    proto: -1,
                    timeout: None,
                },
            ))
        });
        def(t, "__init__", sock_init);
        for (n, f) in [
            (
                "fileno",
                sock_fileno as ferrite_runtime::objects::function::NativeFn,
            ),
            ("detach", sock_detach),
            ("close", sock_close),
            ("setblocking", sock_setblocking),
            ("getblocking", sock_getblocking),
            ("settimeout", sock_settimeout),
            ("gettimeout", sock_gettimeout),
            ("recv", sock_recv),
            ("recv_into", sock_recv_into),
            ("send", sock_send),
            ("sendall", sock_sendall),
            ("shutdown", sock_shutdown),
            ("bind", sock_not_yet),
            ("listen", sock_not_yet),
            ("connect", sock_not_yet),
            ("connect_ex", sock_not_yet),
            ("_accept", sock_not_yet),
            ("getsockname", sock_not_yet),
            ("getpeername", sock_not_yet),
            ("setsockopt", sock_not_yet),
            ("getsockopt", sock_not_yet),
        ] {
            def(t, n, f);
        }
        ferrite_runtime::methods::getset(t, "family", sock_family);
        ferrite_runtime::methods::getset(t, "type", sock_type_get);
        ferrite_runtime::methods::getset(t, "proto", sock_proto);
        ferrite_runtime::methods::getset(t, "timeout", sock_timeout_get);
        t
    })
}

fn unsupported(what: &str) -> PyErr {
    new_exc(
        Exc::NotImplementedError,
        &format!(
            "{what} are not supported by Ferrite yet (no socket system calls for built-in modules)"
        ),
    )
}

fn os_error_class(name: &str) -> Value {
    crate::support::state_or_init(&format!("_socket.{name}"), || {
        let ns = new_dict();
        dict_set_str(ns, "__module__", new_str("socket"));
        let bases = new_tuple(&[exc_type(Exc::OSError)]);
        ops::call(bt(BT::Type), &[new_str(name), bases, ns], &[]).expect("socket error type")
    })
}

fn os_error(msg: &str) -> PyErr {
    match ops::call(exc_type(Exc::OSError), &[new_str(msg)], &[]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

pub fn init(d: Value) -> PyResult<()> {
    for &(k, v) in CONSTANTS {
        dict_set_str(d, k, new_int(v));
    }
    dict_set_str(d, "has_ipv6", ferrite_runtime::object::py_true());
    dict_set_str(d, "socket", socket_type());
    dict_set_str(d, "SocketType", socket_type());
    dict_set_str(d, "error", exc_type(Exc::OSError));
    dict_set_str(d, "timeout", exc_type(Exc::TimeoutError));
    dict_set_str(d, "herror", os_error_class("herror"));
    dict_set_str(d, "gaierror", os_error_class("gaierror"));
    crate::define_functions(
        d,
        &[
            ("htons", htons),
            ("ntohs", htons),
            ("htonl", htonl),
            ("ntohl", htonl),
            ("inet_aton", inet_aton),
            ("inet_ntoa", inet_ntoa),
            ("inet_pton", inet_pton),
            ("inet_ntop", inet_ntop),
            ("getdefaulttimeout", getdefaulttimeout),
            ("setdefaulttimeout", setdefaulttimeout),
            ("gethostname", gethostname),
            ("socketpair", socketpair),
            ("getaddrinfo", |_, _| {
                Err(unsupported("name lookups (getaddrinfo)"))
            }),
            ("getnameinfo", |_, _| {
                Err(unsupported("name lookups (getnameinfo)"))
            }),
            ("gethostbyname", |_, _| {
                Err(unsupported("name lookups (gethostbyname)"))
            }),
            ("gethostbyname_ex", |_, _| {
                Err(unsupported("name lookups (gethostbyname_ex)"))
            }),
            ("gethostbyaddr", |_, _| {
                Err(unsupported("name lookups (gethostbyaddr)"))
            }),
            ("getservbyname", |_, _| {
                Err(unsupported("service lookups (getservbyname)"))
            }),
            ("getservbyport", |_, _| {
                Err(unsupported("service lookups (getservbyport)"))
            }),
            ("getprotobyname", |_, _| {
                Err(unsupported("protocol lookups (getprotobyname)"))
            }),
            ("dup", |_, _| Err(unsupported("socket descriptors (dup)"))),
            ("close", socket_close),
        ],
    );
    Ok(())
}

fn int_arg(v: Value) -> PyResult<num_bigint::BigInt> {
    if ferrite_runtime::methods::numbers::to_float(v).is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    Ok(crate::util::big_of(ops::index(v)?))
}

fn htons(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("htons", a, kw, 1, 1)?;
    let b = int_arg(a[0])?;
    if b.sign() == num_bigint::Sign::Minus {
        return Err(overflow_error(
            "htons: can't convert negative Python int to C 16-bit unsigned integer",
        ));
    }
    let x = num_traits::ToPrimitive::to_u16(&b).ok_or_else(|| {
        overflow_error("htons: Python int too large to convert to C 16-bit unsigned integer")
    })?;
    Ok(new_int(x.swap_bytes() as i64))
}

fn htonl(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("htonl", a, kw, 1, 1)?;
    let b = int_arg(a[0])?;
    if b.sign() == num_bigint::Sign::Minus {
        return Err(overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    let x = num_traits::ToPrimitive::to_u32(&b)
        .ok_or_else(|| overflow_error("int larger than 32 bits"))?;
    Ok(new_int(x.swap_bytes() as i64))
}

fn str_arg(fname: &str, v: Value) -> PyResult<&'static str> {
    if v.is_ptr()
        && ferrite_runtime::types::is_subtype(ferrite_runtime::object::type_of(v), bt(BT::Str))
    {
        return Ok(str_of(v));
    }
    Err(type_error(format!(
        "{fname}() argument 1 must be str, not {}",
        ferrite_runtime::types::type_name_of(v)
    )))
}

/// inet_aton(3): a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits) or a (32 bits), each part
/// decimal, octal (leading 0) or hex (0x).
fn parse_aton(s: &str) -> Option<u32> {
    let s = s.split(|c: char| c.is_ascii_whitespace()).next()?;
    let parts: Vec<&str> = s.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut vals = Vec::new();
    for p in &parts {
        let (digits, radix) = if let Some(h) = p.strip_prefix("0x").or_else(|| p.strip_prefix("0X"))
        {
            (h, 16)
        } else if p.len() > 1 && p.starts_with('0') {
            (&p[1..], 8)
        } else {
            (*p, 10)
        };
        if p.is_empty() || (digits.is_empty() && radix != 16) {
            return None;
        }
        let v = if digits.is_empty() {
            0
        } else {
            u64::from_str_radix(digits, radix).ok()?
        };
        vals.push(v);
    }
    let last = *vals.last()?;
    let n = vals.len();
    let max_last: u64 = [0xffff_ffff, 0xff_ffff, 0xffff, 0xff][n - 1];
    if last > max_last || vals[..n - 1].iter().any(|&v| v > 0xff) {
        return None;
    }
    let mut r: u64 = 0;
    for (i, &v) in vals[..n - 1].iter().enumerate() {
        r |= v << (24 - 8 * i);
    }
    Some((r | last) as u32)
}

fn inet_aton(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("inet_aton", a, kw, 1, 1)?;
    let s = str_arg("inet_aton", a[0])?;
    match parse_aton(s) {
        Some(v) => Ok(new_bytes(&v.to_be_bytes())),
        None => Err(os_error("illegal IP address string passed to inet_aton")),
    }
}

fn buf(v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(bytes_data(v).to_vec());
    }
    if ferrite_runtime::methods::memoryview::is_memoryview(v) {
        return ferrite_runtime::methods::memoryview::view_bytes(v);
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        ferrite_runtime::types::type_name_of(v)
    )))
}

fn inet_ntoa(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("inet_ntoa", a, kw, 1, 1)?;
    let b = buf(a[0])?;
    if b.len() != 4 {
        return Err(os_error("packed IP wrong length for inet_ntoa"));
    }
    Ok(new_str(&format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])))
}

fn family_error() -> PyErr {
    match ops::call(
        exc_type(Exc::OSError),
        &[
            new_int(97),
            new_str("Address family not supported by protocol"),
        ],
        &[],
    ) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn inet_pton(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("inet_pton", a, kw, 2, 2)?;
    let fam = ops::index_value(a[0])?;
    let s = if a[1].is_ptr()
        && ferrite_runtime::types::is_subtype(ferrite_runtime::object::type_of(a[1]), bt(BT::Str))
    {
        str_of(a[1])
    } else {
        return Err(type_error(format!(
            "inet_pton() argument 2 must be str, not {}",
            ferrite_runtime::types::type_name_of(a[1])
        )));
    };
    let bad = || os_error("illegal IP address string passed to inet_pton");
    match fam {
        AF_INET => {
            let ip: std::net::Ipv4Addr = s.parse().map_err(|_| bad())?;
            Ok(new_bytes(&ip.octets()))
        }
        AF_INET6 => {
            let ip: std::net::Ipv6Addr = s.parse().map_err(|_| bad())?;
            Ok(new_bytes(&ip.octets()))
        }
        _ => Err(family_error()),
    }
}

fn inet_ntop(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("inet_ntop", a, kw, 2, 2)?;
    let fam = ops::index_value(a[0])?;
    let b = buf(a[1])?;
    match fam {
        AF_INET => {
            let o: [u8; 4] = b
                .as_slice()
                .try_into()
                .map_err(|_| value_error("invalid length of packed IP address string"))?;
            Ok(new_str(&std::net::Ipv4Addr::from(o).to_string()))
        }
        AF_INET6 => {
            let o: [u8; 16] = b
                .as_slice()
                .try_into()
                .map_err(|_| value_error("invalid length of packed IP address string"))?;
            Ok(new_str(&std::net::Ipv6Addr::from(o).to_string()))
        }
        _ => Err(value_error(format!("unknown address family {fam}"))),
    }
}

fn getdefaulttimeout(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("getdefaulttimeout", a, kw, 0, 0)?;
    Ok(match *DEFAULT_TIMEOUT.lock().unwrap() {
        Some(t) => new_float(t),
        None => none(),
    })
}

fn setdefaulttimeout(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("setdefaulttimeout", a, kw, 1, 1)?;
    let t = if a[0] == none() {
        None
    } else {
        let f = crate::util::to_f64(a[0])
            .map_err(|_| type_error("Timeout value must be int, float or None"))?;
        if f < 0.0 {
            return Err(value_error("Timeout value out of range"));
        }
        Some(f)
    };
    *DEFAULT_TIMEOUT.lock().unwrap() = t;
    Ok(none())
}

fn gethostname(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("gethostname", a, kw, 0, 0)?;
    let h = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map_err(|e| os_error(&e.to_string()))?;
    Ok(new_str(h.trim_end_matches('\n')))
}

fn socket_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("close", a, kw, 1, 1)?;
    let fd = ops::index_value(a[0])?;
    ferrite_runtime::fd::close(fd as i32).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(9);
        match ops::call(
            exc_type(Exc::OSError),
            &[
                new_int(errno as i64),
                new_str(&ferrite_runtime::fd::strerror(errno)),
            ],
            &[],
        ) {
            Ok(x) => PyErr(x),
            Err(x) => x,
        }
    })?;
    Ok(none())
}
