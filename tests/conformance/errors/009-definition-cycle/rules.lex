schema "../../schema/profile.schema.json"

define a = b or logic.t
define b = c and logic.f
define c = not a

obligation cyclic { title "A cycle of definitions" cite "err/9" require a }
