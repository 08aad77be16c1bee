// worker entry (work package: convert)\nexport {};
