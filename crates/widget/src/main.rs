//! Entry point: find the host element and mount. Everything else lives in the library.

fn main() {
    patientkontrakt::start();
}
