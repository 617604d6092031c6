"""Code generation for definitions: def, async def, lambda, class, and PEP 695 generics.

A ``def`` runs at the point it appears. What it does there: evaluate the
decorators, the default values and the annotations, then build the function
from its *code object*, compiled separately as its own code unit:

    LOAD_CONST (defaults)          only the parts the function has
    LOAD_CONST <code object f>
    MAKE_FUNCTION flags            1 defaults, 2 kw-defaults, 4 annotations, 8 closure
    CALL 0                         once per decorator, innermost first
    STORE_NAME f

A function that uses variables of the enclosing function gets them as *cells*:
``LOAD_CLOSURE`` pushes each cell, ``BUILD_TUPLE`` packs them, and
``MAKE_FUNCTION`` with flag 8 stores the tuple in the function.

A ``class`` calls ``__build_class__(body_function, name, *bases, **keywords)``;
the body function runs the class body with the class namespace as its locals.

PEP 695 generics (``def f[T](x: T)``, ``class C[T]``, ``type A[T] = ...``) get
an extra hidden function that creates the type parameters and then the
function, class or alias, so that ``T`` is visible inside but not outside.
"""

import ast

from clearpy.compiler.codegen import (
    CALL, CALL_INTRINSIC_1, CALL_INTRINSIC_2, COPY, INTRINSIC_SET_FUNCTION_TYPE_PARAMS,
    INTRINSIC_SUBSCRIPT_GENERIC, INTRINSIC_TYPEALIAS, INTRINSIC_TYPEVAR, INTRINSIC_PARAMSPEC,
    INTRINSIC_TYPEVAR_WITH_BOUND, INTRINSIC_TYPEVAR_WITH_CONSTRAINTS, INTRINSIC_TYPEVARTUPLE,
    LOAD_CLOSURE, LOAD_FAST, LOAD_LOCALS, NO_LOCATION, PUSH_NULL, RETURN_VALUE,
    SCOPE_ASYNC_FUNCTION, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_TYPEPARAMS,
    STORE_DEREF, SWAP, docstring_of, location_of)
from clearpy.compiler.codegen_annotations import annotation_string
from clearpy.compiler.codegen_expressions import BUILD_CONST_KEY_MAP, BUILD_TUPLE, UNPACK_SEQUENCE
from clearpy.compiler.instruction_sequence import Location
from clearpy.compiler.symtable import mangle
from clearpy.bytecode.instructions import BY_NAME

LOAD_BUILD_CLASS = BY_NAME["LOAD_BUILD_CLASS"].opcode

# MAKE_FUNCTION's flag bits.
HAS_DEFAULTS = 0x01
HAS_KWDEFAULTS = 0x02
HAS_ANNOTATIONS = 0x04


class FunctionCodegen:
    """Visitors for definitions (mixed into ``CodeGenerator``)."""

    # -- pieces evaluated where a function is defined ------------------------------------

    def check_debug_arguments(self, args: ast.arguments) -> None:
        """No parameter may be called ``__debug__``."""
        for arg in (*args.posonlyargs, *args.args, args.vararg, *args.kwonlyargs, args.kwarg):
            if arg is not None and arg.arg == "__debug__":
                self.check_forbidden_name(arg.arg, ast.Store, location_of(arg))

    def decorators(self, decorators) -> None:
        for decorator in decorators:
            self.visit_expr(decorator)

    def apply_decorators(self, decorators) -> None:
        for decorator in reversed(decorators):
            self.addop(CALL, location_of(decorator), 0)

    def keyword_only_defaults(self, location, args: ast.arguments) -> bool:
        """Push a dict of keyword-only defaults; False if there are none."""
        keys = []
        for arg, default in zip(args.kwonlyargs, args.kw_defaults):
            if default is not None:
                keys.append(mangle(self.unit.private, arg.arg))
                self.visit_expr(default)
        if not keys:
            return False
        self.load_const(tuple(keys), location)
        self.addop(BUILD_CONST_KEY_MAP, location, len(keys))
        return True

    def default_arguments(self, location, args: ast.arguments) -> int:
        """Push the defaults; return the MAKE_FUNCTION flags for them."""
        flags = 0
        if args.defaults:
            for default in args.defaults:
                self.visit_expr(default)
            self.addop(BUILD_TUPLE, location, len(args.defaults))
            flags |= HAS_DEFAULTS
        if args.kwonlyargs and self.keyword_only_defaults(location, args):
            flags |= HAS_KWDEFAULTS
        return flags

    def argument_annotation(self, name: str, annotation, location) -> int:
        """Push ``name`` and its annotation; return how many values were pushed."""
        if annotation is None:
            return 0
        self.load_const(mangle(self.unit.private, name), location)
        if self.future_annotations:
            self.load_const(annotation_string(annotation), location_of(annotation))
        elif type(annotation) is ast.Starred:
            # *args: *Ts (a TypeVarTuple): evaluate as [annotation] = [*Ts].
            self.visit_expr(annotation.value)
            self.addop(UNPACK_SEQUENCE, location, 1)
        else:
            self.visit_expr(annotation)
        return 2

    def annotations(self, location, args: ast.arguments, returns) -> bool:
        """Push the annotations as a flat (name, value, ...) tuple; False if none.

        The order is not the source order: positional parameters first, then
        positional-only ones, ``*args``, keyword-only ones, ``**kwargs`` and the
        return annotation.
        """
        count = 0
        for arg in args.args:
            if arg.annotation is not None:
                count += self.argument_annotation(arg.arg, arg.annotation, location)
        for arg in args.posonlyargs:
            if arg.annotation is not None:
                count += self.argument_annotation(arg.arg, arg.annotation, location)
        if args.vararg is not None:
            count += self.argument_annotation(args.vararg.arg, args.vararg.annotation, location)
        for arg in args.kwonlyargs:
            if arg.annotation is not None:
                count += self.argument_annotation(arg.arg, arg.annotation, location)
        if args.kwarg is not None:
            count += self.argument_annotation(args.kwarg.arg, args.kwarg.annotation, location)
        if returns is not None:
            count += self.argument_annotation("return", returns, location)
        if count:
            self.addop(BUILD_TUPLE, location, count)
            return True
        return False

    # -- def -------------------------------------------------------------------------------

    def visit_FunctionDef(self, node) -> None:
        self.function(node, is_async=False)

    def visit_AsyncFunctionDef(self, node) -> None:
        self.function(node, is_async=True)

    def function(self, node, is_async: bool) -> None:
        args = node.args
        decorators = node.decorator_list
        self.check_debug_arguments(args)
        self.decorators(decorators)
        firstlineno = decorators[0].lineno if decorators else node.lineno
        location = location_of(node)
        type_params = node.type_params
        is_generic = bool(type_params)
        if is_generic:
            self.addop(PUSH_NULL, location)      # for the CALL of the type-params function
        flags = self.default_arguments(location, args)
        typeparam_args = 0
        if is_generic:
            typeparam_args = bool(flags & HAS_DEFAULTS) + bool(flags & HAS_KWDEFAULTS)
            if typeparam_args == 2:
                self.addop(SWAP, location, 2)
            self.enter_scope(f"<generic parameters of {node.name}>", SCOPE_TYPEPARAMS,
                             type_params, firstlineno)
            self.type_params(type_params)
            # The defaults become the arguments of the hidden function.
            if flags & (HAS_DEFAULTS | HAS_KWDEFAULTS):
                self.addop(LOAD_FAST, location, 0)
            if flags & HAS_DEFAULTS and flags & HAS_KWDEFAULTS:
                self.addop(LOAD_FAST, location, 1)
        if self.annotations(location, args, node.returns):
            flags |= HAS_ANNOTATIONS
        self.function_body(node, is_async, flags, firstlineno)
        if is_generic:
            self.addop(SWAP, location, 2)
            self.addop(CALL_INTRINSIC_2, location, INTRINSIC_SET_FUNCTION_TYPE_PARAMS)
            self.unit.metadata.argcount = typeparam_args
            code = self.finish_unit(add_none=False)
            self.exit_scope()
            self.make_closure(location, code, 0)
            if typeparam_args:
                self.addop(SWAP, location, typeparam_args + 1)
            self.addop(CALL, location, typeparam_args)
        self.apply_decorators(decorators)
        self.nameop(location, node.name, ast.Store)

    def function_body(self, node, is_async: bool, flags: int, firstlineno: int) -> None:
        """Compile the function's own code unit and push the function object."""
        args = node.args
        body = node.body
        self.enter_scope(node.name, SCOPE_ASYNC_FUNCTION if is_async else SCOPE_FUNCTION,
                         node, firstlineno)
        docstring = docstring_of(body) if self.optimize < 2 else None
        # The docstring is always the first constant (None if there is none).
        self.add_const(docstring)
        metadata = self.unit.metadata
        metadata.argcount = len(args.args)
        metadata.posonlyargcount = len(args.posonlyargs)
        metadata.kwonlyargcount = len(args.kwonlyargs)
        visit = self.visit_stmt
        for index in range(1 if docstring is not None else 0, len(body)):
            visit(body[index])
        scope = self.unit.scope
        if scope.coroutine or scope.generator:
            self.wrap_in_stopiteration_handler()
        code = self.finish_unit(add_none=True)
        self.exit_scope()
        self.make_closure(location_of(node), code, flags)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        args = node.args
        self.check_debug_arguments(args)
        location = location_of(node)
        flags = self.default_arguments(location, args)
        self.enter_scope("<lambda>", SCOPE_LAMBDA, node, node.lineno)
        self.add_const(None)       # None first: a lambda has no docstring
        metadata = self.unit.metadata
        metadata.argcount = len(args.args)
        metadata.posonlyargcount = len(args.posonlyargs)
        metadata.kwonlyargcount = len(args.kwonlyargs)
        self.visit_expr(node.body)
        if self.unit.scope.generator:
            code = self.finish_unit(add_none=False)
        else:
            self.addop(RETURN_VALUE, Location(node.lineno, node.lineno, 0, 0))
            code = self.finish_unit(add_none=True)
        self.exit_scope()
        self.make_closure(location, code, flags)

    # -- PEP 695 type parameters ---------------------------------------------------------

    def type_params(self, type_params) -> None:
        """Create each TypeVar/ParamSpec/TypeVarTuple, bind it, and push them as a tuple."""
        for param in type_params:
            location = location_of(param)
            kind = type(param)
            self.load_const(param.name, location)
            if kind is ast.TypeVar:
                if param.bound is not None:
                    bound = param.bound
                    # The bound is evaluated lazily, by a function of its own.
                    self.enter_scope(param.name, SCOPE_TYPEPARAMS, param, bound.lineno)
                    self.visit_expr(bound)
                    self.addop(RETURN_VALUE, location)
                    code = self.finish_unit(add_none=True)
                    self.exit_scope()
                    self.make_closure(location, code, 0)
                    intrinsic = (INTRINSIC_TYPEVAR_WITH_CONSTRAINTS if type(bound) is ast.Tuple
                                 else INTRINSIC_TYPEVAR_WITH_BOUND)
                    self.addop(CALL_INTRINSIC_2, location, intrinsic)
                else:
                    self.addop(CALL_INTRINSIC_1, location, INTRINSIC_TYPEVAR)
            elif kind is ast.TypeVarTuple:
                self.addop(CALL_INTRINSIC_1, location, INTRINSIC_TYPEVARTUPLE)
            else:
                self.addop(CALL_INTRINSIC_1, location, INTRINSIC_PARAMSPEC)
            self.addop(COPY, location, 1)
            self.nameop(location, param.name, ast.Store)
        self.addop(BUILD_TUPLE, location_of(type_params[0]), len(type_params))

    # -- class ---------------------------------------------------------------------------

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        decorators = node.decorator_list
        self.decorators(decorators)
        firstlineno = decorators[0].lineno if decorators else node.lineno
        location = location_of(node)
        type_params = node.type_params
        is_generic = bool(type_params)
        if is_generic:
            self.unit.private = node.name
            self.addop(PUSH_NULL, location)
            self.enter_scope(f"<generic parameters of {node.name}>", SCOPE_TYPEPARAMS,
                             type_params, firstlineno)
            self.type_params(type_params)
            self.nameop(location, ".type_params", ast.Store)
        self.class_body(node, firstlineno)
        if is_generic:
            self.nameop(location, ".type_params", ast.Load)
            self.addop(CALL_INTRINSIC_1, location, INTRINSIC_SUBSCRIPT_GENERIC)
            self.nameop(location, ".generic_base", ast.Store)
            generic_base = ast.Name(".generic_base", ast.Load(), lineno=location[0],
                                    col_offset=location[2], end_lineno=location[1],
                                    end_col_offset=location[3])
            self.call_helper(location, 2, node.bases + [generic_base], node.keywords)
            code = self.finish_unit(add_none=False)
            self.exit_scope()
            self.make_closure(location, code, 0)
            self.addop(CALL, location, 0)
        else:
            self.call_helper(location, 2, node.bases, node.keywords)
        self.apply_decorators(decorators)
        self.nameop(location, node.name, ast.Store)

    def class_body(self, node: ast.ClassDef, firstlineno: int) -> None:
        """Compile the class body's code unit; push __build_class__, the body function
        and the class name."""
        self.enter_scope(node.name, SCOPE_CLASS, node, firstlineno)
        location = Location(firstlineno, firstlineno, 0, 0)
        self.unit.private = node.name          # names like __x are mangled with it
        self.nameop(location, "__name__", ast.Load)
        self.nameop(location, "__module__", ast.Store)
        self.load_const(self.unit.metadata.qualname, location)
        self.nameop(location, "__qualname__", ast.Store)
        if node.type_params:
            self.nameop(location, ".type_params", ast.Load)
            self.nameop(location, "__type_params__", ast.Store)
        scope = self.unit.scope
        metadata = self.unit.metadata
        if scope.needs_classdict:
            self.addop(LOAD_LOCALS, location)
            self.addop_indexed(STORE_DEREF, location, "__classdict__", metadata.cellvars)
        self.body(location, node.body)
        # What follows is artificial: no line of its own.
        if scope.needs_classdict:
            self.addop(LOAD_CLOSURE, NO_LOCATION, metadata.cellvars["__classdict__"])
            self.nameop(NO_LOCATION, "__classdictcell__", ast.Store)
        if scope.needs_class_closure:
            # Store the __class__ cell in the namespace, and return it.
            self.addop(LOAD_CLOSURE, NO_LOCATION, metadata.cellvars["__class__"])
            self.addop(COPY, NO_LOCATION, 1)
            self.nameop(NO_LOCATION, "__classcell__", ast.Store)
        else:
            self.load_const(None, NO_LOCATION)
        self.addop(RETURN_VALUE, NO_LOCATION)
        code = self.finish_unit(add_none=True)
        self.exit_scope()
        location = location_of(node)           # the class line, not a decorator's
        self.addop(PUSH_NULL, location)
        self.addop(LOAD_BUILD_CLASS, location)
        self.make_closure(location, code, 0)
        self.load_const(node.name, location)

    # -- type aliases --------------------------------------------------------------------

    def visit_TypeAlias(self, node: ast.TypeAlias) -> None:
        location = location_of(node)
        type_params = node.type_params
        name = node.name.id
        if type_params:
            self.addop(PUSH_NULL, location)
            self.enter_scope(f"<generic parameters of {name}>", SCOPE_TYPEPARAMS,
                             type_params, location[0])
            self.load_const(name, location)
            self.type_params(type_params)
        else:
            self.load_const(name, location)
            self.load_const(None, location)
        # The value is evaluated lazily, by a function of its own.
        self.enter_scope(name, SCOPE_FUNCTION, node, location[0])
        self.add_const(None)       # None first: no docstring
        self.visit_expr(node.value)
        self.addop(RETURN_VALUE, location)
        code = self.finish_unit(add_none=False)
        self.exit_scope()
        self.make_closure(location, code, 0)
        self.addop(BUILD_TUPLE, location, 3)
        self.addop(CALL_INTRINSIC_1, location, INTRINSIC_TYPEALIAS)
        if type_params:
            code = self.finish_unit(add_none=False)
            self.exit_scope()
            self.make_closure(location, code, 0)
            self.addop(CALL, location, 0)
        self.nameop(location, name, ast.Store)
