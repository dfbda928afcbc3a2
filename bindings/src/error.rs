//! The error every call returns is the core's [`HandbookError`] for the apps (see
//! `hagukumi_core::foreign`): a typed [`ErrorKind`], the field to highlight and the
//! message in both languages. It is defined in the core, not here, because uniffi
//! returns a failed argument lift (a malformed date or id) as the function's own error
//! only when the custom type's lift produced exactly that type.
//!
//! What remains here is the guard that keeps panics on this side.

use std::panic::{AssertUnwindSafe, catch_unwind};

pub use hagukumi_core::foreign::HandbookError;
use hagukumi_core::problem::ErrorKind;

pub type Result<T, E = HandbookError> = std::result::Result<T, E>;

pub(crate) fn closed() -> HandbookError {
    HandbookError::new(ErrorKind::Closed, |lang| {
        hagukumi_core::t!(lang, "errors-handbook-closed")
    })
}

pub(crate) fn internal(detail: &str) -> HandbookError {
    // The panic's text is for the developer a parent may send it to: in every
    // language, as it was written.
    HandbookError::new(ErrorKind::Internal, |lang| {
        hagukumi_core::t!(lang, "errors-internal", detail = detail)
    })
}

/// Run one FFI entry point, turning a panic into an `Internal` error.
///
/// uniffi would also catch the panic, but the shells would then get an untyped
/// "rust panic" (Kotlin `InternalException`, Swift `rustPanic`) with no message a
/// parent can read. `AssertUnwindSafe` is sound here because the only shared state is
/// the handbook behind a mutex whose poisoning is recovered (see `Handbook::with`), and
/// an unwinding write drops its SQLite transaction, which rolls it back.
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => {
            let detail = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            Err(internal(&detail))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Lang;

    #[test]
    fn a_panic_becomes_an_internal_error() {
        let err = guard::<()>(|| panic!("boom")).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Internal, "{err:?}");
        assert!(err.to_string().contains("boom"), "{err}");
        assert!(err.message(Lang::Ja).contains("内部"));
    }

    #[test]
    fn a_formatted_panic_keeps_its_text() {
        let n = 3;
        let err = guard::<()>(|| panic!("index {n} out of range")).unwrap_err();
        assert!(err.to_string().contains("index 3 out of range"), "{err}");
    }

    #[test]
    fn ok_and_err_pass_through() {
        assert_eq!(guard(|| Ok(5)), Ok(5));
        assert_eq!(guard::<()>(|| Err(closed())), Err(closed()));
    }
}
