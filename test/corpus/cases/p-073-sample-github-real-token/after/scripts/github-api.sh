# Calling the API

```sh
curl -H "Authorization: Bearer ghp_FAKEa7Kq2Lm9Xw3Tv6Yb1Nc5Hd8Jg0Ue4RiS2z" https://api.github.com/user
```
