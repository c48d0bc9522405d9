//! The compiler: Python source -> `CodeUnit`. (Being written.)
