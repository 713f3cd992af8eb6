__version__ = "0.1.0"

import warnings as _warnings
# fastai scripts a layer when imported, and PyTorch 2.10+ calls that deprecated: a note for fastai, not for our users
_warnings.filterwarnings('ignore', message=r'`torch\.jit\.script` is deprecated', category=FutureWarning)
