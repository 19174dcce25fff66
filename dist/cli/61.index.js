export const id=61;export const ids=[61];export const modules={9061:(o,t,s)=>{s.d(t,{Ajv:()=>v.Ajv,Ajv2020:()=>d.Ajv2020});var v=s(2463),d=s(2210)}};
