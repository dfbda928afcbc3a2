//! What can go wrong sharing, backing up and restoring, beyond the bundle's own
//! encryption errors ([`crate::bundle::BundleError`]).

#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    #[error("The bundle's contents are malformed ({detail}); nothing was changed.")]
    BadContent { detail: String },

    #[error(
        "This bundle was made by a newer version of Hagukumi (data format {found}; this version reads up to {supported}). Please update the app; nothing was changed."
    )]
    MadeByNewerApp { found: i64, supported: i64 },

    #[error(
        "This share belongs to another family's handbook, and this handbook already has records of its own; nothing was changed."
    )]
    OtherFamily,

    #[error(
        "This share is for viewing (grandparents, relatives): open it as a family view, not into your own handbook."
    )]
    ViewerShare,

    #[error(
        "This view shows another family ({family}); a share from a different family goes into a view of its own."
    )]
    WrongView { family: String },

    #[error(
        "A co-parent share carries the whole family's handbook; it cannot be limited to one child or pregnancy."
    )]
    CoParentNeedsFamily,

    #[error(
        "This phone already has records. Choose whether the backup replaces them or is merged with them."
    )]
    ChoiceNeeded,

    #[error("A handbook kept only in memory has no files to back up or restore into.")]
    InMemory,

    #[error("There is no share with id {id}.")]
    NoShare { id: String },

    #[error("The share's name must not be empty.")]
    EmptyName,

    #[error("The restored handbook failed its check ({detail}); the current one was kept.")]
    RestoredCheckFailed { detail: String },

    /// The database inside a backup has a schema no version of Hagukumi writes (a
    /// trigger, view, table or index of its own, or a changed definition): it was made
    /// or edited by something else, and could run code inside the handbook.
    #[error(
        "The backup's database contains things Hagukumi never writes ({found}); it may have been tampered with. Nothing was restored and the current handbook was kept."
    )]
    UnexpectedSchema { found: String },
}

impl ShareError {
    pub fn kind(&self) -> crate::problem::ErrorKind {
        use crate::problem::ErrorKind;
        match self {
            ShareError::BadContent { .. } => ErrorKind::BadContent,
            ShareError::MadeByNewerApp { .. } => ErrorKind::MadeByNewerApp,
            ShareError::OtherFamily => ErrorKind::OtherFamily,
            ShareError::ViewerShare => ErrorKind::ViewerShare,
            ShareError::WrongView { .. } => ErrorKind::WrongView,
            ShareError::CoParentNeedsFamily => ErrorKind::CoParentNeedsFamily,
            ShareError::ChoiceNeeded => ErrorKind::ChoiceNeeded,
            ShareError::InMemory => ErrorKind::InMemory,
            ShareError::NoShare { .. } => ErrorKind::NoShare,
            ShareError::EmptyName => ErrorKind::EmptyName,
            ShareError::RestoredCheckFailed { .. } => ErrorKind::RestoredCheckFailed,
            ShareError::UnexpectedSchema { .. } => ErrorKind::UnexpectedSchema,
        }
    }

    /// Whether the user can act on it (choose, pick another file, update the app).
    pub fn is_user_error(&self) -> bool {
        !matches!(
            self,
            ShareError::BadContent { .. }
                | ShareError::RestoredCheckFailed { .. }
                | ShareError::UnexpectedSchema { .. }
        )
    }

    pub fn message_ja(&self) -> String {
        match self {
            ShareError::BadContent { .. } => {
                "共有ファイルの中身が正しくありません。何も変更していません。".into()
            }
            ShareError::MadeByNewerApp { .. } => {
                "このファイルは新しいバージョンのはぐくみで作られています。アプリを更新してください（何も変更していません）。".into()
            }
            ShareError::OtherFamily => {
                "この共有はほかのご家族の手帳のもので、この手帳にはすでに記録があります。何も変更していません。".into()
            }
            ShareError::ViewerShare => {
                "この共有は閲覧用（祖父母・親族向け）です。ご自身の手帳ではなく「家族の閲覧」から開いてください。".into()
            }
            ShareError::WrongView { .. } => {
                "この閲覧用コピーは別のご家族のものです。ほかのご家族の共有は別の閲覧用コピーに取り込まれます。".into()
            }
            ShareError::CoParentNeedsFamily => {
                "パートナーとの共有は手帳全体が対象です。お子さん一人や妊娠一件に限ることはできません。".into()
            }
            ShareError::ChoiceNeeded => {
                "この端末にはすでに記録があります。バックアップで置き換えるか、今の記録と統合するかを選んでください。".into()
            }
            ShareError::InMemory => {
                "一時的な手帳にはバックアップ・復元するファイルがありません。".into()
            }
            ShareError::NoShare { .. } => "その共有先は見つかりません。".into(),
            ShareError::EmptyName => "共有先の名前を入力してください。".into(),
            ShareError::RestoredCheckFailed { .. } => {
                "復元した手帳の検査で問題が見つかったため、今の手帳をそのまま残しました。".into()
            }
            ShareError::UnexpectedSchema { .. } => {
                "このバックアップの中のデータベースには、はぐくみが書くことのない仕組みが含まれています（改ざんされた可能性があります）。復元せず、今の手帳をそのまま残しました。".into()
            }
        }
    }
}
