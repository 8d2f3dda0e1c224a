schema "../../schema/profile.schema.json"

obligation sites {
  title "A quantifier variable bound twice"
  cite "err/15"
  require any p in programmes where all p in p.sites where p.ok
}
